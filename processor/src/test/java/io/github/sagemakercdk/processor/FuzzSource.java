package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes a {@link FuzzCase} as a Java source file, and records on which lines each annotation, each attribute value
 * and each environment entry stands, so that the oracle can tell whether an error landed where it belongs.
 *
 * <p>The layout varies at random (from the case's layout seed): attribute order, line breaks inside annotations,
 * entries one per line or all on one, string values split into concatenations, unicode escapes, fully qualified
 * annotation names, other annotations, comments and blank lines between them.
 */
final class FuzzSource {
  private static final String PACKAGE = "io.github.sagemakercdk.annotations.";

  /**
   * A place in the annotations: the {@code @SageMakerModel} ({@link #MODEL}), an explicit {@code @Containers}
   * ({@link #WRAPPER}), the endpoint annotation ({@link #ENDPOINT}), a hosting annotation ({@link #ASYNC} to
   * {@link #ROLLING}; a nested {@code @BacklogScaling}'s attribute is {@code autoScaling[i].<name>}), the annotations
   * of the shadow model's class ({@link #CANDIDATE}) or the {@code @Container} of that occurrence; optionally one
   * attribute, and one entry. Or the name of a {@code @CustomizeStack} method ({@link #hook}).
   */
  record Place(int annotation, String attribute, int entry) {
    static final int MODEL = -1;
    static final int WRAPPER = -2;
    static final int ENDPOINT = -3;
    static final int ASYNC = -4;
    static final int CAPTURE = -5;
    static final int SHADOW = -6;
    static final int BLUE_GREEN = -7;
    static final int ROLLING = -8;
    static final int CANDIDATE = -9;
    private static final int FIRST_HOOK = -100;

    static Place annotation(int annotation) {
      return new Place(annotation, null, -1);
    }

    /** The line of the name of the class's {@code index}-th {@code @CustomizeStack} method. */
    static Place hook(int index) {
      return new Place(FIRST_HOOK - index, null, -1);
    }

    boolean isHook() {
      return annotation <= FIRST_HOOK;
    }

    static Place attribute(int annotation, String attribute) {
      return new Place(annotation, attribute, -1);
    }

    @Override
    public String toString() {
      String on = annotation == MODEL ? "@SageMakerModel"
          : annotation == WRAPPER ? "@Containers"
          : annotation == ENDPOINT ? "the endpoint annotation"
          : annotation == ASYNC ? "@AsyncEndpoint"
          : annotation == CAPTURE ? "@DataCapture"
          : annotation == SHADOW ? "@ShadowVariant"
          : annotation == BLUE_GREEN ? "@BlueGreenDeployment"
          : annotation == ROLLING ? "@RollingDeployment"
          : annotation == CANDIDATE ? "the shadow model's class"
          : isHook() ? "@CustomizeStack method #" + (FIRST_HOOK - annotation + 1)
          : "@Container #" + (annotation + 1);
      return on + (attribute == null ? "" : "." + attribute) + (entry < 0 ? "" : "[" + entry + "]");
    }
  }

  /** Lines {@code first} to {@code last}, 1-based, both included. */
  record Range(int first, int last) {
    boolean contains(long line) {
      return line >= first && line <= last;
    }

    @Override
    public String toString() {
      return first == last ? "line " + first : "lines " + first + "-" + last;
    }
  }

  /**
   * The source text and where everything in it stands.
   *
   * @param annotationStarts the character offset of each annotation's '@', by annotation index
   * @param firstEmptyArray the character offset of the first empty array ({@code {}}) in the annotations, or
   *     {@link Integer#MAX_VALUE}
   * @param nestedStarts the character offset of each nested annotation's '@', by its place ({@code autoScaling[0]})
   */
  record Rendered(List<String> lines, Map<Place, Range> places, int classLine, Map<Integer, Integer> annotationStarts,
      int firstEmptyArray, Map<Place, Integer> nestedStarts) {
    /**
     * Whether Eclipse's compiler can find the annotation: its Messager throws on an empty array in an annotation it
     * searches before the one asked for, so everything after the first {@code {}} is out of its reach.
     */
    boolean eclipseCanFind(int annotation) {
      // The shadow model's class is another type: an empty array of the case's class is not in its way.
      return annotation == Place.CANDIDATE || annotationStarts.getOrDefault(annotation, Integer.MAX_VALUE) < firstEmptyArray;
    }

    /** The same for a place: its annotation, and the nested annotation the place lies in, if any. */
    boolean eclipseCanFind(Place place) {
      String attribute = place.attribute();
      if (!eclipseCanFind(place.annotation()) || attribute == null || !attribute.contains("[")) {
        return eclipseCanFind(place.annotation());
      }
      Place nested = Place.attribute(place.annotation(), attribute.substring(0, attribute.indexOf(']') + 1));
      return nestedStarts.getOrDefault(nested, Integer.MAX_VALUE) < firstEmptyArray;
    }

    /** Whether Eclipse's compiler can find every annotation of the case's class, nested ones too. */
    boolean eclipseCanFindAll() {
      return annotationStarts.keySet().stream().allMatch(this::eclipseCanFind)
          && nestedStarts.values().stream().allMatch(start -> start < firstEmptyArray);
    }

    /** Whether the line belongs to one of the processor's annotations (or is a {@code @CustomizeStack} method's). */
    boolean onAnnotation(long line) {
      return places.entrySet().stream()
          .anyMatch(e -> e.getKey().attribute() == null && e.getValue().contains(line));
    }

    String text() {
      return String.join("\n", lines) + "\n";
    }

    /** The source with line numbers, for failure reports (long lines cut). */
    String numbered() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String shown = line.length() > 300 ? line.substring(0, 300) + "...(" + line.length() + " chars)" : line;
        out.append(String.format("%4d  %s%n", i + 1, shown));
      }
      return out.toString();
    }
  }

  private final FuzzCase fuzzCase;
  private final Random random;
  private final boolean ascii;
  private final List<StringBuilder> lines = new ArrayList<>();
  private final Map<Place, Range> places = new LinkedHashMap<>();
  private final Map<Integer, Integer> annotationStarts = new LinkedHashMap<>();
  private final Map<Place, Integer> nestedStarts = new LinkedHashMap<>();
  private int offset;
  private int firstEmptyArray = Integer.MAX_VALUE;
  /** Declarations ({@code V0 = "..."}) of the constants annotation values refer to, for the class body. */
  private final List<String> constants = new ArrayList<>();
  /** Annotations of no interest to the processor; neither may be repeated, so each is written at most once. */
  private final List<String> otherAnnotations;

  private FuzzSource(FuzzCase fuzzCase) {
    this.fuzzCase = fuzzCase;
    this.random = new Random(fuzzCase.layoutSeed());
    this.ascii = !fuzzCase.encoding().equals("UTF-8");
    this.otherAnnotations = new ArrayList<>(List.of(
        "@Deprecated", pick("@SuppressWarnings(\"unused\")", "@SuppressWarnings({\"rawtypes\", \"unchecked\"})")));
    lines.add(new StringBuilder());
  }

  static Rendered render(FuzzCase fuzzCase) {
    return new FuzzSource(fuzzCase).write();
  }

  private Rendered write() {
    if (!fuzzCase.packageName().isEmpty()) {
      line("package " + identifier(fuzzCase.packageName()) + ";");
      line("");
    }
    if (chance(0.8)) {
      line("import " + PACKAGE + "*;");
    } else {
      line("import " + PACKAGE + "Container;");
      line("import " + PACKAGE + "Containers;");
      if (!fuzzCase.hooks().isEmpty()) {
        line("import " + PACKAGE + "CustomizeStack;");
      }
      if (fuzzCase.endpoint() != null) {
        line("import " + PACKAGE + fuzzCase.endpoint().annotation() + ";");
        if (fuzzCase.endpoint().autoScaling() != null) {
          line("import " + PACKAGE + "AutoScaling;");
        }
      }
      line("import " + PACKAGE + "SageMakerModel;");
      if (!fuzzCase.hosting().isEmpty()) {
        for (String name : List.of("AsyncEndpoint", "BacklogScaling", "DataCapture", "CaptureMode", "ShadowVariant",
            "BlueGreenDeployment", "RollingDeployment")) {
          line("import " + PACKAGE + name + ";");
        }
      }
    }
    line("");
    String indent = "";
    boolean nested = fuzzCase.kind() == FuzzCase.Kind.NESTED_CLASS;
    if (nested) {
      line("public class " + identifier(fuzzCase.className()) + " {");
      indent = "  ";
    }
    for (Runnable unit : units(indent)) {
      decoration(indent);
      unit.run();
      newLine();
    }
    int classLine = lines.size();
    declaration(indent);
    if (nested) {
      newLine();
      append("}");
    }
    if (fuzzCase.hosting().candidate() != null) {
      candidate(fuzzCase.hosting().candidate());
    }
    return new Rendered(lines.stream().map(StringBuilder::toString).toList(), Map.copyOf(places), classLine,
        Map.copyOf(annotationStarts), firstEmptyArray, Map.copyOf(nestedStarts));
  }

  /** The top-level annotations in source order: containers as the style groups them, the model among them. */
  private List<Runnable> units(String indent) {
    List<FuzzCase.Container> containers = fuzzCase.containers();
    int n = containers.size();
    List<Runnable> units = new ArrayList<>();
    switch (fuzzCase.style()) {
      case REPEATED -> {
        for (int i = 0; i < n; i++) {
          int k = i;
          units.add(() -> container(k, indent));
        }
      }
      case EXPLICIT -> units.add(() -> wrapper(0, n, indent));
      case SINGLE_THEN_EXPLICIT -> {
        units.add(() -> container(0, indent));
        units.add(() -> wrapper(1, n, indent));
      }
      case EXPLICIT_THEN_SINGLE -> {
        units.add(() -> wrapper(0, n - 1, indent));
        units.add(() -> container(n - 1, indent));
      }
    }
    if (fuzzCase.model() != null) {
      units.add(Math.min(fuzzCase.model().position(), units.size()), () -> model(indent));
    }
    if (fuzzCase.endpoint() != null) {
      units.add(Math.min(fuzzCase.endpoint().position(), units.size()), () -> endpoint(indent));
    }
    fuzzCase.hosting().byPlace().forEach((place, annotation) ->
        units.add(Math.min(annotation.position(), units.size()), () -> hosting(place, annotation, indent)));
    return units;
  }

  /** Something between annotations that is none of the processor's business. */
  private void decoration(String indent) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      line("");
    } else if (roll == 1) {
      line(indent + "// a comment with \"quotes\" and @Container(image = \"x\")");
    } else if (roll == 2 && !otherAnnotations.isEmpty()) {
      line(indent + otherAnnotations.remove(random.nextInt(otherAnnotations.size())));
    } else if (roll == 3) {
      line(indent + "/* a block");
      line(indent + "   comment */");
    }
  }

  private void model(String indent) {
    FuzzCase.ModelAnnotation model = fuzzCase.model();
    int first = currentLine();
    startAnnotation(Place.MODEL, indent);
    append("@" + annotationName("SageMakerModel"));
    List<Runnable> attributes = new ArrayList<>();
    if (model.name() != null) {
      attributes.add(() -> attribute(Place.MODEL, "name", () -> string(model.name().text(), indent)));
    }
    if (model.networkIsolation() != null) {
      attributes.add(() -> attribute(Place.MODEL, "networkIsolation", () -> append(model.networkIsolation().toString())));
    }
    if (model.directInvocation() != null) {
      attributes.add(() -> attribute(Place.MODEL, "directInvocation", () -> append(model.directInvocation().toString())));
    }
    FuzzSettings settings = model.settings();
    if (settings != null) {
      stringAttribute(attributes, "role", settings.role(), indent);
      stringAttribute(attributes, "account", settings.account(), indent);
      stringAttribute(attributes, "region", settings.region(), indent);
      arrayAttribute(attributes, "subnets", settings.subnets(), indent);
      arrayAttribute(attributes, "securityGroups", settings.securityGroups(), indent);
      arrayAttribute(attributes, "tags", settings.tags(), indent);
    }
    if (attributes.isEmpty()) {
      append(chance(0.5) ? "()" : "");
    } else {
      Collections.shuffle(attributes, random);
      arguments(attributes, indent);
    }
    places.put(Place.annotation(Place.MODEL), new Range(first, currentLine()));
  }

  private void endpoint(String indent) {
    FuzzCase.EndpointAnnotation endpoint = fuzzCase.endpoint();
    int first = currentLine();
    startAnnotation(Place.ENDPOINT, indent);
    append("@" + annotationName(endpoint.annotation()));
    List<Runnable> attributes = new ArrayList<>();
    for (String name : List.of("name", "variantName", "instanceType")) {
      FuzzValue value = switch (name) {
        case "name" -> endpoint.name();
        case "variantName" -> endpoint.variantName();
        default -> endpoint.instanceType();
      };
      if (value != null) {
        attributes.add(() -> attribute(Place.ENDPOINT, name, () -> string(value.text(), indent)));
      }
    }
    if (endpoint.initialInstanceCount() != null) {
      attributes.add(() -> attribute(Place.ENDPOINT, "initialInstanceCount",
          () -> append(String.valueOf(endpoint.initialInstanceCount()))));
    }
    FuzzCase.ServerlessValues serverless = endpoint.serverless();
    if (serverless != null) {
      intAttribute(attributes, "memorySizeInMb", serverless.memorySizeInMb());
      intAttribute(attributes, "maxConcurrency", serverless.maxConcurrency());
      intAttribute(attributes, "provisionedConcurrency", serverless.provisionedConcurrency());
    }
    if (endpoint.autoScaling() != null) {
      attributes.add(() -> attribute(Place.ENDPOINT, "autoScaling", () -> autoScaling(endpoint.autoScaling(), indent)));
    }
    if (attributes.isEmpty()) {
      append(chance(0.5) ? "()" : "");
    } else {
      Collections.shuffle(attributes, random);
      arguments(attributes, indent);
    }
    places.put(Place.annotation(Place.ENDPOINT), new Range(first, currentLine()));
  }

  /** A hosting annotation, each attribute written by the Java type of its value. */
  private void hosting(int place, FuzzAnnotation annotation, String indent) {
    int first = currentLine();
    startAnnotation(place, indent);
    annotationBody(place, "", annotation, indent);
    places.put(Place.annotation(place), new Range(first, currentLine()));
  }

  /** {@code @Name(...)}, the places of its attributes named {@code prefix} and the attribute's name. */
  private void annotationBody(int place, String prefix, FuzzAnnotation annotation, String indent) {
    append("@" + annotationName(annotation.name()));
    List<Runnable> attributes = new ArrayList<>();
    for (FuzzAnnotation.Attribute attribute : annotation.attributes()) {
      String name = prefix + attribute.name();
      attributes.add(() -> {
        append(attribute.name() + " = ");
        int first = currentLine();
        value(place, name, attribute.value(), indent);
        places.put(Place.attribute(place, name), new Range(first, currentLine()));
      });
    }
    if (attributes.isEmpty()) {
      append(chance(0.5) ? "()" : "");
    } else {
      Collections.shuffle(attributes, random);
      arguments(attributes, indent);
    }
  }

  @SuppressWarnings("unchecked")
  private void value(int place, String name, Object value, String indent) {
    if (value instanceof FuzzValue string) {
      string(string.text(), indent);
    } else if (value instanceof FuzzAnnotation.Constant constant) {
      append(constant(constant));
    } else if (value instanceof FuzzAnnotation.ClassLiteral literal) {
      append(identifier(literal.name()) + ".class");
    } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FuzzAnnotation) {
      nested(place, name, (List<FuzzAnnotation>) list, indent);
    } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof FuzzAnnotation.Constant) {
      constants(place, name, (List<FuzzAnnotation.Constant>) list);
    } else if (value instanceof List<?> list) {
      array(place, name, (List<FuzzValue>) list, indent);
    } else {
      append(String.valueOf(value)); // an int or a double, as Java writes them
    }
  }

  /** {@code Type.CONSTANT}, the annotation type that declares the enum written as annotation names are. */
  private String constant(FuzzAnnotation.Constant constant) {
    String[] outerAndRest = constant.type().split("\\.", 2);
    return annotationName(outerAndRest[0]) + (outerAndRest.length > 1 ? "." + outerAndRest[1] : "") + "."
        + constant.constant();
  }

  /** An array of enum constants, each entry's place recorded. */
  private void constants(int place, String name, List<FuzzAnnotation.Constant> entries) {
    boolean braces = entries.size() != 1 || chance(0.6);
    append(braces ? "{" : "");
    for (int e = 0; e < entries.size(); e++) {
      append(e > 0 ? ", " : "");
      int first = currentLine();
      append(constant(entries.get(e)));
      places.put(new Place(place, name, e), new Range(first, currentLine()));
    }
    append(braces ? "}" : "");
  }

  /** Nested annotations, alone or in braces; the k-th is {@code name[k]}, its attributes {@code name[k].attribute}. */
  private void nested(int place, String name, List<FuzzAnnotation> entries, String indent) {
    boolean braces = entries.size() != 1 || chance(0.3);
    append(braces ? "{" : "");
    for (int k = 0; k < entries.size(); k++) {
      append(k > 0 ? ", " : "");
      int first = currentLine();
      nestedStarts.put(Place.attribute(place, name + "[" + k + "]"), offset);
      annotationBody(place, name + "[" + k + "].", entries.get(k), indent + "    ");
      places.put(Place.attribute(place, name + "[" + k + "]"), new Range(first, currentLine()));
    }
    append(braces ? "}" : "");
  }

  /** The class a {@code @ShadowVariant} names, after the case's class: a valid model, or one with its own error. */
  private void candidate(FuzzHosting.Candidate candidate) {
    newLine();
    int first = currentLine();
    startAnnotation(Place.CANDIDATE, "");
    append("@" + annotationName("SageMakerModel")
        + (candidate.region() == null ? "" : "(region = " + literal(candidate.region()) + ")"));
    newLine();
    append("@" + annotationName("Container") + "(image = " + literal(candidate.broken() ? "ecr:candidate" : "ecr:candidate:1")
        + (candidate.multiModel() ? ", modelData = " + literal(FuzzHosting.MULTI_MODEL_PREFIX) + ", multiModel = true" : "")
        + ")");
    places.put(Place.annotation(Place.CANDIDATE), new Range(first, currentLine()));
    newLine();
    append("class " + identifier(candidate.className()) + " {}");
  }

  /** {@code @Containers({...})} holding containers {@code from} to {@code to} (exclusive). */
  private void wrapper(int from, int to, String indent) {
    int first = currentLine();
    startAnnotation(Place.WRAPPER, indent);
    append("@" + annotationName("Containers") + "(" + (chance(0.2) ? "value = " : ""));
    boolean braces = to - from != 1 || chance(0.7);
    if (braces && to == from) {
      emptyArray();
    }
    append(braces ? "{" : "");
    boolean inline = to - from <= 2 && chance(0.3);
    for (int k = from; k < to; k++) {
      if (inline) {
        append(k == from ? "" : " ");
      } else {
        newLine();
        append(indent + "    ");
      }
      container(k, "");
      if (k < to - 1 || braces && chance(0.2)) {
        append(",");
      }
    }
    if (!inline && to > from) {
      newLine();
      append(indent);
    }
    append(braces ? "})" : ")");
    places.put(Place.annotation(Place.WRAPPER), new Range(first, currentLine()));
  }

  private void container(int k, String indent) {
    FuzzCase.Container container = fuzzCase.containers().get(k);
    int first = currentLine();
    startAnnotation(k, indent);
    append("@" + annotationName("Container"));
    List<Runnable> attributes = new ArrayList<>();
    attributes.add(() -> attribute(k, "image", () -> string(container.image().text(), indent)));
    if (container.modelData() != null) {
      attributes.add(() -> attribute(k, "modelData", () -> string(container.modelData().text(), indent)));
    }
    if (container.hostname() != null) {
      attributes.add(() -> attribute(k, "hostname", () -> string(container.hostname().text(), indent)));
    }
    if (container.environment() != null) {
      attributes.add(() -> attribute(k, "environment", () -> environment(k, container.environment(), indent)));
    }
    if (container.order() != null) {
      attributes.add(() -> attribute(k, "order", () -> append(String.valueOf(container.order()))));
    }
    if (container.multiModel() != null) {
      attributes.add(() -> attribute(k, "multiModel", () -> append(container.multiModel().toString())));
    }
    if (container.modelDataKmsKey() != null) {
      attributes.add(() -> attribute(k, "modelDataKmsKey", () -> string(container.modelDataKmsKey().text(), indent)));
    }
    if (chance(0.5)) {
      Collections.shuffle(attributes, random);
    }
    arguments(attributes, indent);
    places.put(Place.annotation(k), new Range(first, currentLine()));
  }

  /** An {@code int} attribute of the endpoint annotation, when written. */
  private void intAttribute(List<Runnable> attributes, String name, Integer value) {
    if (value != null) {
      attributes.add(() -> attribute(Place.ENDPOINT, name, () -> append(String.valueOf(value))));
    }
  }

  /** A nested {@code @AutoScaling}, alone or in the braces of a one-element array. */
  private void autoScaling(FuzzCase.ScalingAnnotation scaling, String indent) {
    boolean braces = chance(0.3);
    append((braces ? "{" : "") + "@" + annotationName("AutoScaling"));
    List<Runnable> attributes = new ArrayList<>();
    if (scaling.minCapacity() != null) {
      attributes.add(() -> append("minCapacity = " + scaling.minCapacity()));
    }
    attributes.add(() -> append("maxCapacity = " + scaling.maxCapacity()));
    attributes.add(() -> append("maxRequestsPerSecond = " + scaling.maxRequestsPerSecond()));
    if (scaling.safetyFactor() != null) {
      attributes.add(() -> append("safetyFactor = " + scaling.safetyFactor()));
    }
    Collections.shuffle(attributes, random);
    arguments(attributes, indent + "    ");
    append(braces ? "}" : "");
  }

  /** {@code (a, b, c)}, each attribute after a line break or a space. */
  private void arguments(List<Runnable> attributes, String indent) {
    append("(");
    boolean breaks = chance(0.3);
    for (int i = 0; i < attributes.size(); i++) {
      if (i > 0) {
        append(",");
        if (breaks || chance(0.1)) {
          newLine();
          append(indent + "    ");
        } else {
          append(" ");
        }
      }
      attributes.get(i).run();
    }
    append(")");
  }

  private void attribute(int annotation, String name, Runnable value) {
    append(name + " = ");
    int first = currentLine();
    value.run();
    places.put(Place.attribute(annotation, name), new Range(first, currentLine()));
  }

  /** A {@code String} attribute of {@code @SageMakerModel}, when written. */
  private void stringAttribute(List<Runnable> attributes, String name, FuzzValue value, String indent) {
    if (value != null) {
      attributes.add(() -> attribute(Place.MODEL, name, () -> string(value.text(), indent)));
    }
  }

  /** A {@code String[]} attribute of {@code @SageMakerModel}, when written. */
  private void arrayAttribute(List<Runnable> attributes, String name, List<FuzzValue> entries, String indent) {
    if (entries != null) {
      attributes.add(() -> attribute(Place.MODEL, name, () -> array(Place.MODEL, name, entries, indent)));
    }
  }

  private void environment(int k, List<FuzzValue> entries, String indent) {
    array(k, "environment", entries, indent);
  }

  /** An array of strings: one entry alone (no braces) or in braces, inline or one per line. */
  private void array(int k, String name, List<FuzzValue> entries, String indent) {
    if (entries.size() == 1 && chance(0.4)) {
      int first = currentLine();
      string(entries.get(0).text(), indent);
      places.put(new Place(k, name, 0), new Range(first, currentLine()));
      return;
    }
    if (entries.isEmpty()) {
      emptyArray();
    }
    append("{");
    boolean onePerLine = entries.size() > 1 && chance(0.5);
    for (int e = 0; e < entries.size(); e++) {
      if (onePerLine) {
        newLine();
        append(indent + "        ");
      } else if (e > 0) {
        append(" ");
      }
      int first = currentLine();
      string(entries.get(e).text(), indent);
      places.put(new Place(k, name, e), new Range(first, currentLine()));
      if (e < entries.size() - 1 || chance(0.1)) {
        append(",");
      }
    }
    append("}");
  }

  /**
   * A string constant: one literal, a concatenation (maybe over lines), a parenthesized literal, or a reference to a
   * constant the class declares (its value then stands in the class body, where no error may land).
   */
  private void string(String value, String indent) {
    int roll = random.nextInt(20);
    if (roll == 3 && fuzzCase.kind() != FuzzCase.Kind.NESTED_CLASS) {
      String name = "V" + constants.size();
      constants.add(name + " = " + literal(value) + ";");
      append(identifier(fuzzCase.className()) + "." + name);
      return;
    }
    if (roll < 2 && value.length() > 1) {
      int cut = 1 + random.nextInt(value.length() - 1);
      append(literal(value.substring(0, cut)) + " +");
      if (chance(0.5)) {
        newLine();
        append(indent + "        ");
      } else {
        append(" ");
      }
      append(literal(value.substring(cut)));
    } else if (roll == 2) {
      append("(" + literal(value) + ")");
    } else {
      append(literal(value));
    }
  }

  private String literal(String value) {
    return JavaLiterals.literal(value, ascii, random);
  }

  /** The type's declaration, with the constants that annotation values referred to (see {@link #string}). */
  private void declaration(String indent) {
    String name = identifier(fuzzCase.className());
    String header = switch (fuzzCase.kind()) {
      case CLASS -> "public class " + name;
      case FINAL_CLASS -> "public final class " + name;
      case ABSTRACT_CLASS -> "public abstract class " + name;
      case PACKAGE_PRIVATE_CLASS -> "class " + name;
      case GENERIC_CLASS -> "public class " + name + "<T extends Comparable<T>>";
      case NESTED_CLASS -> "public static class Inner";
      case INTERFACE -> "public interface " + name;
      case ENUM -> "public enum " + name;
      case RECORD -> "public record " + name + "(int a)";
      case ANNOTATION_TYPE -> "public @interface " + name;
    };
    boolean enumeration = fuzzCase.kind() == FuzzCase.Kind.ENUM;
    if (constants.isEmpty() && fuzzCase.hooks().isEmpty()) {
      append(indent + header + (enumeration ? " { A, B }" : " {}"));
      return;
    }
    line(indent + header + " {");
    if (enumeration) {
      line(indent + "  A, B;");
    }
    boolean implicitlyStatic = fuzzCase.kind() == FuzzCase.Kind.INTERFACE
        || fuzzCase.kind() == FuzzCase.Kind.ANNOTATION_TYPE;
    for (String constant : constants) {
      // Qualified: a class of the package may be named String (see FuzzGenerator's clashing names).
      line(indent + "  " + (implicitlyStatic ? "" : "static final ") + "java.lang.String " + constant);
    }
    for (int h = 0; h < fuzzCase.hooks().size(); h++) {
      hook(h, indent + "  ");
    }
    append(indent + "}");
  }

  /**
   * A {@code @CustomizeStack} method of its shape (the generator's {@link FuzzCase.HookShape}), its name's line
   * recorded; a valid one uses the stack's getters, so that the full compile checks they are there.
   */
  private void hook(int h, String indent) {
    FuzzCase.Hook hook = fuzzCase.hooks().get(h);
    int variant = hook.variant();
    String stack = identifier(fuzzCase.packageName().isEmpty() || variant % 2 == 0 ? fuzzCase.stackSimpleName()
        : fuzzCase.packageName() + "." + fuzzCase.stackSimpleName());
    String annotation = "@" + annotationName("CustomizeStack");
    if (chance(0.5)) {
      line(indent + annotation);
      append(indent);
    } else {
      append(indent + annotation + " ");
    }
    String body = "{ stack.getModel(); stack.getRole();" + (fuzzCase.endpoint() == null ? "" : " stack.getEndpoint();")
        + " }";
    String signature = switch (hook.shape()) {
      case VALID -> List.of("static", "public static", "protected static", "static final", "static synchronized")
          .get(variant % 5) + " void " + hook.name() + "(" + (variant % 3 == 0 ? "final " : "") + stack + " stack)"
          + (variant % 3 == 2 ? " throws java.lang.IllegalStateException, java.lang.Error " : " ") + body;
      case PRIVATE -> "private static void " + hook.name() + "(" + stack + " stack) {}";
      case NOT_STATIC -> "void " + hook.name() + "(" + stack + " stack) {}";
      case RETURNS_VALUE -> "static int " + hook.name() + "(" + stack + " stack) { return 0; }";
      case TYPE_PARAMETER -> "static <T> void " + hook.name() + "(" + stack + " stack) {}";
      case NO_PARAMETER -> "static void " + hook.name() + "() {}";
      case TWO_PARAMETERS -> "static void " + hook.name() + "(" + stack + " stack, int other) {}";
      case OTHER_TYPE -> "static void " + hook.name() + "(java.lang.Object stack) {}";
      case CHECKED_EXCEPTION -> "static void " + hook.name() + "(" + stack + " stack) throws java.lang.Exception {}";
    };
    int nameLine = currentLine();
    line(signature);
    places.put(Place.hook(h), new Range(nameLine, nameLine));
  }

  private String annotationName(String simpleName) {
    return chance(0.05) ? PACKAGE + simpleName : simpleName;
  }

  /** A name as source text: non-ASCII letters as unicode escapes where the source must be ASCII. */
  private String identifier(String name) {
    if (!ascii) {
      return name;
    }
    return name.chars()
        .mapToObj(c -> c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c))
        .collect(Collectors.joining());
  }

  private void startAnnotation(int annotation, String indent) {
    append(indent);
    annotationStarts.put(annotation, offset);
  }

  /** Notes that an empty array starts here (see {@link Rendered#eclipseCanFind}). */
  private void emptyArray() {
    firstEmptyArray = Math.min(firstEmptyArray, offset);
  }

  private int currentLine() {
    return lines.size();
  }

  private void append(String text) {
    lines.get(lines.size() - 1).append(text);
    offset += text.length();
  }

  private void newLine() {
    lines.add(new StringBuilder());
    offset++;
  }

  private void line(String text) {
    append(text);
    newLine();
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
