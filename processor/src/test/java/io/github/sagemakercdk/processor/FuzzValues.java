package io.github.sagemakercdk.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds annotation values that are valid by construction, or broken by one named mutation.
 *
 * <p>Validity is the generator's own knowledge, from the published rules (SageMaker CreateModel, ECR and S3 naming,
 * the reference syntax of the annotations' documentation), never from the processor or the rules module: a value
 * is built from a grammar that can only produce valid text, or is given a defect that can only make it invalid.
 */
final class FuzzValues {
  private static final int MAX_NAME = 63;
  private static final int MAX_REPOSITORY = 256;
  private static final int MAX_TAG = 128;
  private static final int MAX_IMAGE_URI = 255;
  private static final int MAX_KEY_BYTES = 1024;
  private static final int MAX_MODEL_DATA_URL = 1024;
  private static final int MAX_ENV_BYTES = 1024;
  private static final List<String> REGIONS = List.of(
      "us-east-1", "us-west-2", "eu-central-1", "eu-south-2", "ap-northeast-1", "ap-southeast-3", "sa-east-1",
      "me-south-1", "af-south-1", "il-central-1", "ca-west-1", "us-gov-west-1", "us-gov-east-1", "cn-north-1",
      "cn-northwest-1");

  private final FuzzText text;
  private final Path projectDirectory;

  FuzzValues(FuzzText text, Path projectDirectory) {
    this.text = text;
    this.projectDirectory = projectDirectory;
  }

  /** A piece of a value: its text, and its defect when the piece was broken on purpose. */
  private record Part(String text, String defect) {
    static Part ok(String text) {
      return new Part(text, null);
    }
  }

  /** Joins parts into one value; constants are taken only when every part is valid. */
  private static FuzzValue join(List<Part> parts, List<String> constants) {
    StringBuilder all = new StringBuilder();
    List<String> defects = new ArrayList<>();
    for (Part part : parts) {
      all.append(part.text());
      if (part.defect() != null) {
        defects.add(part.defect());
      }
    }
    return new FuzzValue(all.toString(), defects, defects.isEmpty() ? constants : List.of());
  }

  // ---------------------------------------------------------------- names: model name and hostnames

  /** A model name or hostname: 1 to 63 letters, digits and hyphens, a letter or digit at both ends. */
  FuzzValue name(boolean mutate, boolean upperCase) {
    String alphabet = upperCase ? FuzzText.ALNUM : FuzzText.LOWER_ALNUM;
    String valid = dnsName(text.length(1, 12, MAX_NAME), alphabet);
    if (!mutate) {
      return FuzzValue.valid(valid, valid);
    }
    return switch (text.random().nextInt(9)) {
      case 8 -> FuzzValue.invalid(text.of(alphabet, text.between(1000, 10000)), "name of thousands of characters");
      case 0 -> FuzzValue.invalid("-" + valid, "name starting with a hyphen");
      case 1 -> FuzzValue.invalid(valid + "-", "name ending with a hyphen");
      case 2 -> FuzzValue.invalid(text.insert(valid,
          text.pick("_", ".", " ", "\u00e9", "\u4e2d", "\ud83d\ude00", "\n", "\0", "/", ":", "@")),
          "name with a character outside letters, digits and hyphens");
      case 3 -> FuzzValue.invalid(text.of(alphabet, text.between(MAX_NAME + 1, 120)), "name longer than 63");
      case 4 -> FuzzValue.invalid(dnsNameWithHyphenRuns(text.between(MAX_NAME + 1, 120), alphabet),
          "name longer than 63, with runs of hyphens");
      case 5 -> FuzzValue.invalid("-".repeat(text.between(1, 4)), "name of hyphens only");
      case 6 -> FuzzValue.invalid(text.pick(" ", "\t", "\u00a0") + valid, "name with leading white space");
      default -> FuzzValue.invalid(valid + text.pick(" ", "\n", "\u3000"), "name with trailing white space");
    };
  }

  /** Valid by construction: alnum at both ends, between them alnum or runs of hyphens. */
  private String dnsName(int length, String alphabet) {
    StringBuilder out = new StringBuilder().append(text.pick(alphabet));
    while (out.length() < length) {
      int room = length - out.length() - 1; // one alnum must follow any hyphen
      if (room >= 1 && text.chance(0.15)) {
        out.append("-".repeat(text.between(1, Math.min(3, room))));
      }
      out.append(text.pick(alphabet));
    }
    return out.toString();
  }

  private String dnsNameWithHyphenRuns(int length, String alphabet) {
    int hyphens = length - 2;
    return text.pick(alphabet) + "-".repeat(hyphens) + text.pick(alphabet);
  }

  // ---------------------------------------------------------------- endpoints

  /**
   * Instance types from SageMaker's ProductionVariantInstanceType list (CreateEndpointConfig), of several families,
   * burstable and accelerated ones among them.
   */
  private static final List<String> INSTANCE_TYPES = List.of(
      "ml.t2.medium", "ml.t2.large", "ml.m5.large", "ml.m5.xlarge", "ml.c5.large", "ml.c5.2xlarge", "ml.r5.4xlarge",
      "ml.g5.xlarge", "ml.g5.2xlarge", "ml.inf2.xlarge", "ml.p3.2xlarge", "ml.c6i.large", "ml.m6g.large");

  /** An instance type of that list, or one broken by one mutation that no valid type survives. */
  FuzzValue instanceType(boolean mutate) {
    String valid = text.pick(INSTANCE_TYPES.toArray(new String[0]));
    if (!mutate) {
      return FuzzValue.valid(valid, valid);
    }
    return switch (text.random().nextInt(6)) {
      case 0 -> FuzzValue.invalid(valid.substring(0, valid.length() - 1), "instance type with its last letter cut");
      case 1 -> FuzzValue.invalid(valid.substring("ml.".length()), "instance type without ml.");
      case 2 -> FuzzValue.invalid(valid.toUpperCase(java.util.Locale.ROOT), "instance type in capitals");
      case 3 -> FuzzValue.invalid(valid + text.pick(" ", "\n", "\t"), "instance type with trailing white space");
      case 4 -> FuzzValue.invalid("", "instance type written empty");
      default -> FuzzValue.invalid(valid.replace(".", text.pick(".huge.", "..", "_")), "instance type of no family");
    };
  }

  // ---------------------------------------------------------------- images

  FuzzValue image(boolean mutate) {
    return switch (text.random().nextInt(mutate ? 7 : 6)) {
      case 0 -> assetImage(mutate);
      case 1 -> ecrImage(mutate, false);
      case 2 -> ecrImage(mutate, true);
      case 3 -> dlcImage(mutate);
      case 4, 5 -> registryImage(mutate);
      default -> notAnImage();
    };
  }

  private FuzzValue assetImage(boolean mutate) {
    String serve = projectDirectory.resolve("docker/serve").toString();
    if (!mutate) {
      String path = text.pick("docker/serve", "./docker/serve", "docker/serve/", "docker/../docker/serve",
          "docker//serve", "models/../docker/./serve", serve, serve + "/");
      return FuzzValue.valid("asset:" + path, serve);
    }
    return switch (text.random().nextInt(10)) {
      case 0 -> FuzzValue.invalid("asset:", "asset image without a path");
      case 1 -> FuzzValue.invalid("asset:docker/empty", "asset image folder without a Dockerfile");
      case 2 -> FuzzValue.invalid("asset:docker/missing-" + text.of(FuzzText.LOWER, 6), "asset image folder that does not exist");
      case 3 -> FuzzValue.invalid("asset:models/model.tar.gz", "asset image that is a file");
      case 4 -> FuzzValue.invalid("asset:docker/serve/Dockerfile", "asset image that is the Dockerfile itself");
      case 5 -> FuzzValue.invalid("asset:doc\0ker/serve", "asset image path with a NUL character");
      case 6 -> FuzzValue.invalid(text.pick("ASSET:", "Asset:", " asset:", "asset :") + "docker/serve",
          "asset scheme misspelled");
      case 7 -> FuzzValue.invalid("asset:docker/serve" + text.pick(" ", "\t", "\\"),
          "asset image path with a trailing character");
      case 8 -> FuzzValue.invalid("asset:docker\\serve", "asset image path with a backslash");
      default -> FuzzValue.invalid("asset:" + "deep/".repeat(text.between(10, 1500)) + "serve",
          "asset image path (very long) that does not exist");
    };
  }

  private FuzzValue ecrImage(boolean mutate, boolean digest) {
    int broken = mutate ? text.random().nextInt(4) : -1; // which part breaks: repository, tag, form
    Part repository = repository(broken == 0, MAX_REPOSITORY);
    if (broken == 3) {
      return join(List.of(Part.ok("ecr:"), repository, new Part("", "ecr image without a tag")), List.of());
    }
    if (digest) {
      Part value = digest(broken == 1 || broken == 2);
      return join(List.of(Part.ok("ecr:"), repository, Part.ok("@"), value),
          List.of(repository.text(), value.text()));
    }
    Part tag = tag(broken == 1 || broken == 2);
    return join(List.of(Part.ok("ecr:"), repository, Part.ok(":"), tag), List.of(repository.text(), tag.text()));
  }

  private FuzzValue dlcImage(boolean mutate) {
    int broken = mutate ? text.random().nextInt(4) : -1;
    Part repository = repository(broken == 0, MAX_REPOSITORY);
    if (broken == 3) {
      return text.chance(0.5)
          ? join(List.of(Part.ok("dlc:"), repository, Part.ok("@"), digest(false),
              new Part("", "deep learning container given by digest")), List.of())
          : join(List.of(Part.ok("dlc:"), repository, new Part("", "dlc image without a tag")), List.of());
    }
    Part tag = tag(broken == 1 || broken == 2);
    return join(List.of(Part.ok("dlc:"), repository, Part.ok(":"), tag), List.of(repository.text(), tag.text()));
  }

  /** {@code <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>(:<tag>|@<digest>)}. */
  private FuzzValue registryImage(boolean mutate) {
    int broken = mutate ? text.random().nextInt(9) : -1;
    String region = text.pick(REGIONS);
    boolean china = region.startsWith("cn-");
    String partition = china ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    Part account = broken == 0 ? new Part(text.pick(text.of(FuzzText.DIGITS, text.between(0, 11)),
        text.of(FuzzText.DIGITS, text.between(13, 20)), text.of(FuzzText.DIGITS, 11) + "a"), "registry account not 12 digits")
        : Part.ok(text.of(FuzzText.DIGITS, 12));
    Part regionPart = broken == 1
        ? new Part(text.pick("useast1", "US-EAST-1", "us-east", "us_east_1", "", "eu-west-1a", "mars-1"), "malformed region")
        : Part.ok(region);
    Part domain = broken == 2
        ? new Part(china ? ".amazonaws.com" : ".amazonaws.com.cn", "ECR domain of the wrong partition for the region")
        : Part.ok(china ? ".amazonaws.com.cn" : ".amazonaws.com");
    boolean digest = text.chance(0.3);
    Part reference = digest ? digest(broken == 3) : tag(broken == 3);
    String separator = digest ? "@" : ":";
    if (broken == 4) {
      return join(List.of(account, Part.ok(".dkr.ecr."), regionPart, domain,
          new Part(text.pick("", "/"), "registry image without a repository")), List.of());
    }
    if (broken == 5) {
      return FuzzValue.invalid(text.pick("docker.io/library/nginx:1.27", "public.ecr.aws/lambda/python:3.12",
          "ghcr.io/acme/model:1", "quay.io/acme/serve@sha256:" + text.of(FuzzText.HEX, 64),
          "localhost:5000/model:1", account.text() + ".dkr.ecr." + region + ".amazonaws.org/x:1"),
          "image of a registry other than ECR");
    }
    String prefix = account.text() + ".dkr.ecr." + regionPart.text() + domain.text() + "/";
    int budget = MAX_IMAGE_URI - prefix.length() - separator.length() - reference.text().length();
    Part repository;
    Part length = Part.ok("");
    if (broken == 6) {
      repository = Part.ok(validRepository(text.between(Math.max(2, budget + 1), MAX_REPOSITORY)));
      length = new Part("", "image URI longer than 255 characters");
    } else {
      repository = repository(broken == 7, Math.max(2, Math.min(MAX_REPOSITORY, budget)));
    }
    if (broken == 8) {
      return join(List.of(account, Part.ok(".dkr.ecr."), regionPart, domain, Part.ok("/"), repository,
          new Part("", "registry image without a tag")), List.of());
    }
    String arn = "arn:" + partition + ":ecr:" + region + ":" + account.text() + ":repository/" + repository.text();
    return join(List.of(account, Part.ok(".dkr.ecr."), regionPart, domain, Part.ok("/"), repository,
        Part.ok(separator), reference, length), List.of(repository.text(), reference.text(), arn));
  }

  private FuzzValue notAnImage() {
    return switch (text.random().nextInt(5)) {
      case 0 -> FuzzValue.invalid("", "empty image");
      case 1 -> FuzzValue.invalid(text.pick("nginx", "nginx:latest", "docker:nginx", "ecr", "dlc", "ECR:xgboost:1",
          "https://example.com/image", "s3://bucket/image.tar.gz", ":", "@"), "image of no known form");
      case 2 -> FuzzValue.invalid(text.pick("ecr:", "dlc:") + validRepository(text.between(MAX_REPOSITORY + 1, 15000))
          + ":1", "huge repository name");
      case 3 -> FuzzValue.invalid(text.pick(" ", "\t", "\n") + "ecr:xgboost:1", "image with leading white space");
      default -> FuzzValue.invalid("img" + text.anything(4000), "image of free text");
    };
  }

  /** An ECR repository name: valid ones are 2 to {@code max} characters of the documented pattern. */
  private Part repository(boolean mutate, int max) {
    String valid = validRepository(text.length(2, 16, max));
    if (!mutate) {
      return Part.ok(valid);
    }
    return switch (text.random().nextInt(9)) {
      case 0 -> new Part(text.insert(valid, String.valueOf(text.pick(FuzzText.UPPER))), "repository with an uppercase letter");
      case 1 -> new Part(String.valueOf(text.pick(FuzzText.LOWER_ALNUM)), "repository of one character");
      case 2 -> new Part(validRepository(text.between(MAX_REPOSITORY + 1, 400)), "repository longer than 256");
      case 3 -> new Part(text.of(FuzzText.LOWER, 2) + text.pick("..", "__", "--", "._", "-.", "./", "/.", "-/", "//")
          + text.of(FuzzText.LOWER, 2), "repository with two separators in a row");
      case 4 -> new Part(text.pick("-", ".", "_", "/") + valid, "repository starting with a separator");
      case 5 -> new Part(valid + text.pick("-", ".", "_", "/"), "repository ending with a separator");
      case 6 -> new Part(text.insert(valid, text.pick(" ", "+", "#", "\u00e9", "!", "\t", "~", "*")),
          "repository with a character outside the pattern");
      case 7 -> new Part("", "empty repository");
      default -> new Part("\u00e9" + valid, "repository with a non-ASCII letter");
    };
  }

  /** Valid by construction: lowercase letters and digits, single separators (. _ - /) between them. */
  private String validRepository(int length) {
    StringBuilder out = new StringBuilder().append(text.pick(FuzzText.LOWER_ALNUM));
    while (out.length() < length) {
      if (out.length() < length - 1 && text.chance(0.12)) {
        out.append(text.pick("._-/"));
      }
      out.append(text.pick(FuzzText.LOWER_ALNUM));
    }
    return out.toString();
  }

  private Part tag(boolean mutate) {
    String valid = text.pick(FuzzText.ALNUM + "_") + text.of(FuzzText.ALNUM + "_.-", text.length(1, 10, MAX_TAG) - 1);
    if (!mutate) {
      return Part.ok(valid);
    }
    return switch (text.random().nextInt(4)) {
      case 0 -> new Part("", "empty tag");
      case 1 -> new Part(text.pick(".", "-") + valid.substring(0, Math.min(valid.length(), MAX_TAG - 1)),
          "tag starting with '.' or '-'");
      case 2 -> new Part(valid + text.of(FuzzText.ALNUM, MAX_TAG + 1 - valid.length() + text.between(0, 60)),
          "tag longer than 128");
      default -> new Part(text.insert(valid, text.pick(" ", "+", "/", "\u00e9", "!", "~", "\u00a0", "*", "=")),
          "tag with a character outside the pattern");
    };
  }

  private Part digest(boolean mutate) {
    String hex = text.of(FuzzText.HEX, 64);
    if (!mutate) {
      return Part.ok("sha256:" + hex);
    }
    return switch (text.random().nextInt(7)) {
      case 0 -> new Part("sha256:" + hex.substring(1), "digest of 63 hex digits");
      case 1 -> new Part("sha256:" + hex + text.pick(FuzzText.HEX), "digest of 65 hex digits");
      case 2 -> new Part("sha256:" + text.insert(hex.substring(1), String.valueOf(text.pick("ABCDEF"))),
          "digest with uppercase hex");
      case 3 -> new Part("sha256:" + text.insert(hex.substring(1), String.valueOf(text.pick("ghijxyz"))),
          "digest with a non-hex character");
      case 4 -> new Part("sha512:" + hex + hex, "digest of another algorithm");
      case 5 -> new Part("SHA256:" + hex, "digest algorithm in uppercase");
      default -> new Part("", "empty digest");
    };
  }

  // ---------------------------------------------------------------- model data

  FuzzValue modelData(boolean mutate) {
    return switch (text.random().nextInt(mutate ? 4 : 3)) {
      case 0 -> assetModelData(mutate);
      case 1, 2 -> s3ModelData(mutate);
      default -> FuzzValue.invalid(text.pick("https://acme.s3.amazonaws.com/model.tar.gz", "S3://acme/model.tar.gz",
          "s3:/acme/model.tar.gz", "file:///tmp/model.tar.gz", " s3://acme/model.tar.gz", "models/model.tar.gz",
          "asset", "s3:", "x" + text.anything(3000)), "model data of no known form");
    };
  }

  private FuzzValue assetModelData(boolean mutate) {
    String model = projectDirectory.resolve("models/model.tar.gz").toString();
    if (!mutate) {
      String path = text.pick("models/model.tar.gz", "./models/model.tar.gz", "models/../models/model.tar.gz",
          "models//model.tar.gz", "docker/../models/./model.tar.gz", model);
      return FuzzValue.valid("asset:" + path, model);
    }
    return switch (text.random().nextInt(7)) {
      case 0 -> FuzzValue.invalid("asset:", "asset model data without a path");
      case 1 -> FuzzValue.invalid("asset:models/missing.tar.gz", "asset model data that does not exist");
      case 2 -> FuzzValue.invalid("asset:models/folder.tar.gz", "asset model data that is a folder");
      case 3 -> FuzzValue.invalid("asset:models/model" + text.pick(".zip", ".tar", ".tgz", ".gz", ".tar.gz.bak", ".tar.gz "),
          "asset model data that is not a .tar.gz");
      case 4 -> FuzzValue.invalid("asset:docker/serve", "asset model data that is a folder, not a .tar.gz");
      case 5 -> FuzzValue.invalid("asset:mo\0dels/model.tar.gz", "asset model data path with a NUL character");
      default -> FuzzValue.invalid("asset:" + model + "/", "asset model data path with a trailing slash");
    };
  }

  private FuzzValue s3ModelData(boolean mutate) {
    int broken = mutate ? text.random().nextInt(3) : -1; // bucket, key, url
    Part bucket = bucket(broken == 0);
    int keyBudget = MAX_MODEL_DATA_URL - "s3://".length() - bucket.text().length() - 1;
    Part key = key(broken == 1, keyBudget);
    if (broken == 2) {
      return switch (text.random().nextInt(3)) {
        case 0 -> join(List.of(Part.ok("s3://"), bucket, new Part("", "s3 model data without a key")), List.of());
        case 1 -> join(List.of(Part.ok("s3://"), bucket, new Part("/", "s3 model data with an empty key")), List.of());
        default -> join(List.of(Part.ok("s3://"), bucket, Part.ok("/"),
            new Part(text.of(FuzzText.LOWER, text.between(1, 8)) + text.pick("\n", "\r") + "model.tar.gz",
                "s3 key with a line break, which the model data URL pattern excludes")), List.of());
      };
    }
    return join(List.of(Part.ok("s3://"), bucket, Part.ok("/"), key), List.of(bucket.text(), key.text()));
  }

  /** A general purpose bucket name: 3 to 63 of [a-z0-9.-], letter or digit at both ends, no reserved affixes. */
  private Part bucket(boolean mutate) {
    String valid = validBucket();
    if (!mutate) {
      return Part.ok(valid);
    }
    return switch (text.random().nextInt(9)) {
      case 0 -> new Part(text.insert(valid, String.valueOf(text.pick(FuzzText.UPPER))), "bucket with an uppercase letter");
      case 1 -> new Part(text.insert(valid, text.pick("_", " ", "\u00e9", "+", "%")), "bucket with a character outside the pattern");
      case 2 -> new Part(text.of(FuzzText.LOWER, text.between(1, 2)), "bucket shorter than 3");
      case 3 -> new Part(text.of(FuzzText.LOWER, text.between(64, 100)), "bucket longer than 63");
      case 4 -> new Part(text.of(FuzzText.LOWER, 3) + ".." + text.of(FuzzText.LOWER, 3), "bucket with two periods in a row");
      case 5 -> new Part(text.pick("-", ".") + valid, "bucket starting with '-' or '.'");
      case 6 -> new Part(valid + text.pick("-", "."), "bucket ending with '-' or '.'");
      case 7 -> new Part(text.between(0, 255) + "." + text.between(0, 255) + "." + text.between(0, 255) + "."
          + text.between(0, 255), "bucket formatted as an IP address");
      default -> new Part(text.pick("xn--", "sthree-", "amzn-s3-demo-") + text.of(FuzzText.LOWER, 4)
          + text.pick("", "-s3alias", "--ol-s3"), "bucket with a reserved prefix");
    };
  }

  /** A valid general purpose bucket name. */
  String bucketName() {
    return validBucket();
  }

  private String validBucket() {
    while (true) {
      int length = text.length(3, 16, 63);
      StringBuilder out = new StringBuilder().append(text.pick(FuzzText.LOWER));
      while (out.length() < length) {
        if (out.length() < length - 1 && text.chance(0.1)) {
          out.append(text.pick(".-"));
        }
        out.append(text.pick(FuzzText.LOWER_ALNUM));
      }
      String name = out.toString();
      // Starts with a letter, so never an IP address; reserved affixes are redrawn.
      boolean reserved = name.startsWith("sthree-") || name.startsWith("amzn-s3-demo-") || name.endsWith("-s3alias")
          || name.endsWith(".mrap");
      if (!reserved) {
        return name;
      }
    }
  }

  /** An object key ending in .tar.gz, at most 1024 UTF-8 bytes and within the URL length budget. */
  private Part key(boolean mutate, int budget) {
    String suffix = ".tar.gz";
    int max = Math.min(MAX_KEY_BYTES, budget) - suffix.length();
    String body = keyBody(text.length(1, 20, max), max);
    String valid = body + suffix;
    if (!mutate) {
      return Part.ok(valid);
    }
    return switch (text.random().nextInt(3)) {
      case 0 -> new Part(body + text.pick(".zip", ".tar", ".tgz", ".gz", ".tar.gz.bak", "", ".tar.gz/", ".tar.gz "),
          "s3 key that is not a .tar.gz");
      case 1 -> new Part(text.atLeastBytes(MAX_KEY_BYTES + 1, text.chance(0.5)) + suffix, "s3 key longer than 1024 bytes");
      default -> new Part(text.of(FuzzText.LOWER_ALNUM + "/", MAX_MODEL_DATA_URL + 10) + suffix,
          "model data URL longer than 1024 characters");
    };
  }

  /** Key text without line breaks (the URL pattern's '.' excludes them), within {@code maxBytes} UTF-8 bytes. */
  private String keyBody(int length, int maxBytes) {
    StringBuilder out = new StringBuilder();
    String alphabet = FuzzText.ALNUM + "/-_.!*'() &$@=;:+,?";
    int bytes = 0;
    while (out.length() < length) {
      String next = text.chance(0.05)
          ? text.pick("\u00e9", "\u4e2d", "\ud83d\ude00", "\t")
          : String.valueOf(text.pick(alphabet));
      bytes += FuzzText.utf8(next);
      if (bytes > maxBytes) {
        break;
      }
      out.append(next);
    }
    return out.isEmpty() ? "m" : out.toString();
  }

  // ---------------------------------------------------------------- environment

  /** One {@code NAME=value} entry; the value may hold anything, '=' included. */
  FuzzValue environmentEntry(boolean mutate) {
    String key = environmentKey(text.length(1, 24, MAX_KEY_BYTES));
    String value = text.anything(MAX_ENV_BYTES);
    if (!mutate) {
      return FuzzValue.valid(key + "=" + value, key, value);
    }
    return switch (text.random().nextInt(8)) {
      case 0 -> FuzzValue.invalid(key + value.replace("=", ""), "environment entry without '='");
      case 1 -> FuzzValue.invalid("=" + value, "environment entry with an empty name");
      case 2 -> FuzzValue.invalid(text.pick(FuzzText.DIGITS) + key + "=" + value, "environment name starting with a digit");
      case 3 -> FuzzValue.invalid(text.insert(key, text.pick("-", ".", " ", "\u00e9", "$", "\t", "\u4e2d", ":")) + "=" + value,
          "environment name with a character outside letters, digits and '_'");
      case 4 -> FuzzValue.invalid(environmentKey(text.between(MAX_KEY_BYTES + 1, 1500)) + "=" + value,
          "environment name longer than 1024 bytes");
      case 5 -> FuzzValue.invalid(key + "=" + text.atLeastBytes(text.between(MAX_ENV_BYTES + 1, 15000), text.chance(0.5)),
          "environment value longer than 1024 bytes");
      case 6 -> FuzzValue.invalid(key + text.pick(" ", "\t") + "=" + value, "environment name with trailing white space");
      default -> FuzzValue.invalid(text.pick(" ", "\n") + key + "=" + value, "environment name with leading white space");
    };
  }

  /** A valid entry of a value of about {@code bytes} UTF-8 bytes, for environments near the 32 KB total. */
  FuzzValue largeEnvironmentEntry(int bytes) {
    String key = environmentKey(text.between(4, 12));
    String value = text.atLeastBytes(Math.min(bytes, MAX_ENV_BYTES - 4), text.chance(0.3));
    return FuzzValue.valid(key + "=" + value, key, value);
  }

  /** An entry for the given name (to repeat a name already set). */
  FuzzValue environmentEntryNamed(String key) {
    String value = text.anything(64);
    return FuzzValue.valid(key + "=" + value, key, value);
  }

  /** Valid by construction: a letter or '_', then letters, digits and '_'. */
  private String environmentKey(int length) {
    return text.pick(FuzzText.ALNUM.replaceAll("[0-9]", "") + "_") + text.of(FuzzText.ALNUM + "_", length - 1);
  }
}
