import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regenerates rules/src/main/resources/io/github/sagemakercdk/rules/framework-images.txt from a checkout of the
 * SageMaker Python SDK (github.com/aws/sagemaker-python-sdk), whose image_uri_config/*.json publish, per framework
 * and version, the image repository, its processors and Python versions, and the registry account of each region.
 *
 * <pre>java rules/scripts/RefreshFrameworkImages.java &lt;sdk-checkout&gt; &lt;output-file&gt; [source label]</pre>
 *
 * Only hosting images are read (each file's "inference" scope). A tag is composed as the SDK's image_uris.retrieve
 * composes it: the version (or the version's tag_prefix), the processor, the Python version and the processor's
 * container_version, joined by '-', leaving out what a version does not have. Output is sorted, with no date, so
 * that two runs over the same checkout give the same bytes. Runs on a JDK 17 with no dependency.
 */
public final class RefreshFrameworkImages {

  /** This project's framework name and the SDK's config file it comes from (TEI's CPU images have their own). */
  private record Source(String framework, String file) {}

  private static final List<Source> SOURCES = List.of(
      new Source("pytorch", "pytorch"),
      new Source("tensorflow", "tensorflow"),
      new Source("huggingface-llm", "huggingface-llm"),
      new Source("huggingface-tei", "huggingface-tei"),
      new Source("huggingface-tei", "huggingface-tei-cpu"),
      new Source("djl-lmi", "djl-lmi"),
      new Source("xgboost", "xgboost"),
      new Source("sklearn", "sklearn"),
      new Source("sparkml-serving", "sparkml-serving"),
      new Source("blazingtext", "blazingtext"),
      new Source("factorization-machines", "factorization-machines"),
      new Source("forecasting-deepar", "forecasting-deepar"),
      new Source("image-classification", "image-classification"),
      new Source("ipinsights", "ipinsights"),
      new Source("kmeans", "kmeans"),
      new Source("knn", "knn"),
      new Source("lda", "lda"),
      new Source("linear-learner", "linear-learner"),
      new Source("ntm", "ntm"),
      new Source("object-detection", "object-detection"),
      new Source("object2vec", "object2vec"),
      new Source("pca", "pca"),
      new Source("randomcutforest", "randomcutforest"),
      new Source("semantic-segmentation", "semantic-segmentation"),
      new Source("seq2seq", "seq2seq"));

  /** The AWS Deep Learning Containers repositories: their registry is the one `dlc:` images use. */
  private static final List<String> DLC_REPOSITORIES =
      List.of("pytorch-inference", "tensorflow-inference", "huggingface-pytorch-tgi-inference", "djl-inference");

  /** Where image_uri_config lives in the SDK's trees, newest layout first. */
  private static final List<String> CONFIG_DIRECTORIES =
      List.of("sagemaker-core/src/sagemaker/core/image_uri_config", "src/sagemaker/image_uri_config", ".");

  private static final String NONE = "-";

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: java RefreshFrameworkImages.java <sdk-checkout> <output-file> [source label]");
      System.exit(2);
    }
    Path config = configDirectory(Path.of(args[0]));
    String text = render(config, args.length == 3 ? args[2] : null);
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
  }

  private static Path configDirectory(Path checkout) {
    for (String candidate : CONFIG_DIRECTORIES) {
      Path directory = checkout.resolve(candidate);
      if (Files.isRegularFile(directory.resolve("xgboost.json"))) {
        return directory;
      }
    }
    throw new IllegalArgumentException(checkout + " holds no image_uri_config (looked in " + CONFIG_DIRECTORIES + ")");
  }

  /** The data file for the configs in {@code config}. */
  static String render(Path config, String sourceLabel) throws IOException {
    TreeSet<String> images = new TreeSet<>();
    TreeSet<String> aliases = new TreeSet<>();
    Map<String, TreeMap<String, String>> registries = new TreeMap<>();
    TreeMap<String, String> dlc = new TreeMap<>();
    for (Source source : SOURCES) {
      Path file = config.resolve(source.file() + ".json");
      if (!Files.isRegularFile(file)) {
        System.err.println("warning: " + file + " is missing; " + source.framework() + " is left out");
        continue;
      }
      Map<String, Object> inference = inferenceScope(map(new Json(Files.readString(file)).value()), file);
      for (Map.Entry<String, Object> version : map(inference.get("versions")).entrySet()) {
        readVersion(source, inference, version.getKey(), map(version.getValue()), images, registries, dlc);
      }
      Object versionAliases = inference.get("version_aliases");
      if (versionAliases != null) {
        map(versionAliases).forEach((alias, target) -> {
          // "latest" moves with every refresh; a template pins a version.
          if (!alias.equals("latest")) {
            aliases.add(String.join(" ", "alias", source.framework(), alias, (String) target));
          }
        });
      }
    }
    return text(sourceLabel, registries, dlc, images, aliases);
  }

  /** The "inference" part: the file's root when its "scope" lists it, else its "inference" key. */
  private static Map<String, Object> inferenceScope(Map<String, Object> root, Path file) {
    if (root.containsKey("scope")) {
      if (!list(root.get("scope")).contains("inference")) {
        throw new IllegalArgumentException(file + " has no inference scope");
      }
      return root;
    }
    Object inference = root.get("inference");
    if (inference == null) {
      throw new IllegalArgumentException(file + " has no inference scope");
    }
    return map(inference);
  }

  private static void readVersion(Source source, Map<String, Object> scope, String version, Map<String, Object> config,
      TreeSet<String> images, Map<String, TreeMap<String, String>> registries, TreeMap<String, String> dlc) {
    if (!config.containsKey("repository")) {
      // Some versions are split by Python version: {"py38": {...}, "py39": {...}}.
      config.forEach((python, nested) -> readImages(source, scope, version, python, map(nested), images, registries,
          dlc));
      return;
    }
    List<Object> pythons = config.containsKey("py_versions") ? list(config.get("py_versions")) : List.of();
    if (pythons.isEmpty()) {
      readImages(source, scope, version, null, config, images, registries, dlc);
    }
    for (Object python : pythons) {
      readImages(source, scope, version, (String) python, config, images, registries, dlc);
    }
  }

  private static void readImages(Source source, Map<String, Object> scope, String version, String python,
      Map<String, Object> config, TreeSet<String> images, Map<String, TreeMap<String, String>> registries,
      TreeMap<String, String> dlc) {
    String repository = (String) config.get("repository");
    TreeMap<String, String> accounts = new TreeMap<>();
    map(config.get("registries")).forEach((region, account) -> accounts.put(region, (String) account));
    String registry = registryId(accounts);
    registries.put(registry, accounts);
    if (DLC_REPOSITORIES.contains(repository)) {
      accounts.forEach((region, account) -> {
        String known = dlc.putIfAbsent(region, account);
        if (known != null && !known.equals(account)) {
          throw new IllegalStateException("two Deep Learning Containers accounts in " + region + ": " + known + ", "
              + account);
        }
      });
    }
    Object processorList = config.containsKey("processors") ? config.get("processors") : scope.get("processors");
    List<Object> processors = processorList == null ? new ArrayList<>() : list(processorList);
    if (processors.isEmpty()) {
      processors.add(null);
    }
    String prefix = config.containsKey("tag_prefix") ? (String) config.get("tag_prefix") : version;
    Object containerVersions = config.get("container_version");
    for (Object processor : processors) {
      String containerVersion = containerVersions == null || processor == null
          ? null : (String) map(containerVersions).get(processor);
      List<String> parts = new ArrayList<>();
      for (String part : new String[] {prefix, (String) processor, python, containerVersion}) {
        if (part != null && !part.isEmpty()) {
          parts.add(part);
        }
      }
      images.add(String.join(" ", "image", source.framework(), version, orNone((String) processor), orNone(python),
          repository, String.join("-", parts), registry));
    }
  }

  /** A name that stays the same as long as the accounts do: the first 8 hex digits of their SHA-256. */
  private static String registryId(TreeMap<String, String> accounts) {
    StringBuilder text = new StringBuilder();
    accounts.forEach((region, account) -> text.append(region).append('=').append(account).append('\n'));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "r" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String sourceLabel, Map<String, TreeMap<String, String>> registries,
      TreeMap<String, String> dlc, TreeSet<String> images, TreeSet<String> aliases) {
    StringBuilder out = new StringBuilder();
    out.append("# Framework and built-in algorithm images for SageMaker hosting, and their registries by region.\n");
    out.append("# Generated from the SageMaker Python SDK's image_uri_config");
    out.append(sourceLabel == null ? "" : " (" + sourceLabel + ")");
    out.append(" by\n# java rules/scripts/RefreshFrameworkImages.java <sdk-checkout> <this file>: do not edit by hand.\n");
    out.append("#\n");
    out.append("# account <registry> <region> <account ID>   the registry account of one region\n");
    out.append("# image <framework> <version> <processor> <python> <repository> <tag> <registry>   ('-': none)\n");
    out.append("# alias <framework> <alias> <version>\n");
    out.append("# Registry dlc holds the AWS Deep Learning Containers accounts, for dlc:<repository>:<tag> images.\n");
    dlc.forEach((region, account) -> out.append("account dlc ").append(region).append(' ').append(account)
        .append('\n'));
    registries.forEach((id, accounts) -> accounts.forEach((region, account) ->
        out.append("account ").append(id).append(' ').append(region).append(' ').append(account).append('\n')));
    images.forEach(line -> out.append(line).append('\n'));
    aliases.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static String orNone(String value) {
    return value == null || value.isEmpty() ? NONE : value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return new ArrayList<>((List<Object>) value);
  }

  /** Just enough JSON for the SDK's config files: objects (in file order), arrays, strings, numbers, literals. */
  private static final class Json {
    private final String text;
    private int at;

    Json(String text) {
      this.text = text;
    }

    Object value() {
      skipSpace();
      char c = text.charAt(at);
      if (c == '{') {
        return object();
      }
      if (c == '[') {
        return array();
      }
      if (c == '"') {
        return string();
      }
      int start = at;
      while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      String literal = text.substring(start, at);
      return switch (literal) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> literal;
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> object = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (text.charAt(at) == '}') {
        at++;
        return object;
      }
      while (true) {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        object.put(key, value());
        skipSpace();
        if (text.charAt(at++) == '}') {
          return object;
        }
      }
    }

    private List<Object> array() {
      List<Object> array = new ArrayList<>();
      at++;
      skipSpace();
      if (text.charAt(at) == ']') {
        at++;
        return array;
      }
      while (true) {
        array.add(value());
        skipSpace();
        if (text.charAt(at++) == ']') {
          return array;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\') {
          char escaped = text.charAt(at++);
          switch (escaped) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'u' -> {
              value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> value.append(escaped);
          }
        } else {
          value.append(c);
        }
      }
      at++;
      return value.toString();
    }

    private void expect(char c) {
      if (text.charAt(at) != c) {
        throw new IllegalArgumentException("JSON: expected '" + c + "' at offset " + at);
      }
      at++;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
