package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's attribute tables name exactly the elements each annotation declares, and the defaults they state are
 * the annotation's. The tables it reads, strictly:
 * <ul>
 *   <li>{@code | attribute | meaning |}: under a heading that names exactly one annotation ({@code `@Name`}); the
 *       first cell of each row lists attributes in backticks;
 *   <li>{@code | annotation | attributes |}: the first cell is {@code `@Name`}; the second lists the attributes in
 *       backticks, each optionally followed by a parenthesis about it (backticked words inside a parenthesis, or
 *       with anything but a name between the backticks, are not attributes).
 * </ul>
 * What a row says of an attribute is read in two forms only: {@code `name` (required)} or {@code (required, ...)}:
 * the element has no default; {@code `name` (X)} or {@code (X; ...)} or {@code (X: ...)}, where X is one
 * backticked word or a number, or a parenthesis that says {@code default `X`} or {@code default 12}: X is the
 * element's default (an
 * enum default by its constant's name). {@code (none)} or {@code (none, ...)} or {@code (none; ...)}: the default
 * is empty (an empty string or array).
 */
class ReadmeAttributeTablesTest {
  private static final String PACKAGE = "io.github.sagemakercdk.annotations.";
  private static final Pattern ANNOTATION = Pattern.compile("`@(\\w+)`");
  private static final Pattern NAME = Pattern.compile("`([a-z]\\w*)`");
  private static final Pattern VALUE = Pattern.compile("`([^`]+)`|(-?\\d+(?:\\.\\d+)?)");
  private static final Pattern DEFAULT = Pattern.compile("\\bdefault (?:`([^`]+)`|(-?\\d+(?:\\.\\d+)?))");

  private static final Readme README = Readme.read();

  /** What one row says of one attribute: the annotation, the attribute, the parenthesis after it (or ""). */
  private record Statement(String annotation, String attribute, String note, Readme.Table table) {}

  @Test
  void attributeTablesNameExactlyTheDeclaredElements() throws Exception {
    Map<String, Readme.Table> seen = new LinkedHashMap<>();
    Map<String, List<String>> documented = new LinkedHashMap<>();
    for (Statement statement : statements()) {
      assertWithMessage("%s names @%s, which is not an annotation of %s", statement.table().where(),
          statement.annotation(), PACKAGE).that(annotation(statement.annotation())).isNotNull();
      Readme.Table earlier = seen.putIfAbsent(statement.annotation(), statement.table());
      assertWithMessage("@%s has two attribute tables: %s and %s", statement.annotation(),
          earlier == null ? null : earlier.where(), statement.table().where())
          .that(earlier == null || earlier == statement.table()).isTrue();
      documented.computeIfAbsent(statement.annotation(), a -> new ArrayList<>()).add(statement.attribute());
    }
    assertWithMessage("annotations with an attribute table").that(documented.keySet()).isNotEmpty();
    for (Map.Entry<String, List<String>> entry : documented.entrySet()) {
      Class<?> type = annotation(entry.getKey());
      List<String> declared = Arrays.stream(type.getDeclaredMethods()).map(Method::getName).sorted().toList();
      String where = seen.get(entry.getKey()).where();
      for (String attribute : entry.getValue()) {
        assertWithMessage("%s documents @%s's attribute %s, which @%s does not declare", where, entry.getKey(),
            attribute, entry.getKey()).that(declared).contains(attribute);
      }
      for (String element : declared) {
        assertWithMessage("%s leaves @%s's attribute %s undocumented", where, entry.getKey(), element)
            .that(entry.getValue()).contains(element);
      }
      assertWithMessage("%s names an attribute of @%s twice", where, entry.getKey())
          .that(new TreeSet<>(entry.getValue())).hasSize(entry.getValue().size());
    }
  }

  @Test
  void statedDefaultsAreTheAnnotationsDefaults() {
    int checked = 0;
    for (Statement statement : statements()) {
      Class<?> type = annotation(statement.annotation());
      Method element = type == null ? null
          : Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(statement.attribute()))
              .findFirst().orElse(null);
      if (element == null || statement.note().isEmpty()) {
        continue; // an attribute that does not exist fails attributeTablesNameExactlyTheDeclaredElements
      }
      String where = statement.table().where() + ", @" + statement.annotation() + "'s " + statement.attribute()
          + " (" + statement.note() + ")";
      String first = statement.note().split("[;:,]", 2)[0].strip();
      Matcher stated = DEFAULT.matcher(statement.note());
      if (first.equals("required")) {
        assertWithMessage("%s: stated required, but it has a default", where)
            .that(element.getDefaultValue()).isNull();
      } else if (first.equals("none")) {
        assertWithMessage("%s: stated none, but the default is not empty", where)
            .that(isEmpty(element.getDefaultValue())).isTrue();
      } else if (stated.find()) {
        assertDefault(where, element, stated.group(1) != null ? stated.group(1) : stated.group(2));
      } else if (VALUE.matcher(first).matches()) {
        Matcher value = VALUE.matcher(first);
        value.matches();
        assertDefault(where, element, value.group(1) != null ? value.group(1) : value.group(2));
      } else {
        continue;
      }
      checked++;
    }
    assertWithMessage("stated defaults checked").that(checked).isAtLeast(10);
  }

  /** The README: "The old name still works, with the same attributes". */
  @Test
  @SuppressWarnings("deprecation")
  void endpointHasTheAttributesOfRealtimeEndpoint() {
    assertWithMessage("@Endpoint's attributes and defaults, as @RealtimeEndpoint's")
        .that(elements(io.github.sagemakercdk.annotations.Endpoint.class))
        .isEqualTo(elements(io.github.sagemakercdk.annotations.RealtimeEndpoint.class));
  }

  private static Map<String, String> elements(Class<?> annotation) {
    Map<String, String> elements = new java.util.TreeMap<>();
    for (Method element : annotation.getDeclaredMethods()) {
      Object value = element.getDefaultValue();
      elements.put(element.getName(), element.getGenericReturnType() + " default "
          + (value != null && value.getClass().isArray() ? Array.getLength(value) + " entries" : value));
    }
    return elements;
  }

  private static void assertDefault(String where, Method element, String stated) {
    Object actual = element.getDefaultValue();
    assertWithMessage("%s: stated default %s, but it has none", where, stated).that(actual).isNotNull();
    boolean equal = actual instanceof Number number
        ? stated.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(stated).compareTo(new BigDecimal(number.toString())) == 0
        : actual instanceof Enum<?> constant ? constant.name().equals(stated) : actual.toString().equals(stated);
    assertWithMessage("%s: stated default %s, but the annotation's default is %s", where, stated, actual)
        .that(equal).isTrue();
  }

  private static boolean isEmpty(Object value) {
    return "".equals(value) || (value != null && value.getClass().isArray() && Array.getLength(value) == 0);
  }

  private static Class<?> annotation(String name) {
    try {
      Class<?> type = Class.forName(PACKAGE + name);
      return type.isAnnotation() ? type : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** Every attribute every table names, with what its row says of it. */
  private static List<Statement> statements() {
    List<Statement> statements = new ArrayList<>();
    for (Readme.Table table : README.tables) {
      List<String> header = table.header();
      if (header.equals(List.of("attribute", "meaning"))) {
        Matcher named = ANNOTATION.matcher(table.heading());
        assertWithMessage("%s: an attribute table must stand under a heading that names its annotation",
            table.where()).that(named.find()).isTrue();
        String annotation = named.group(1);
        assertWithMessage("%s: its heading names more than one annotation", table.where())
            .that(named.find()).isFalse();
        for (List<String> row : table.rows()) {
          statements.addAll(attributes(annotation, row.get(0), table));
        }
      } else if (header.equals(List.of("annotation", "attributes"))) {
        for (List<String> row : table.rows()) {
          Matcher named = ANNOTATION.matcher(row.get(0));
          assertWithMessage("%s: the row \"%s\" names no annotation", table.where(), row.get(0))
              .that(named.matches()).isTrue();
          statements.addAll(attributes(named.group(1), row.get(1), table));
        }
      }
    }
    return statements;
  }

  /**
   * The attributes a cell names outside parentheses, each with the parenthesis that follows it (only white space
   * between), or "".
   */
  private static List<Statement> attributes(String annotation, String cell, Readme.Table table) {
    List<Statement> statements = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '`' && depth == 0) {
        int end = cell.indexOf('`', i + 1);
        Matcher name = NAME.matcher(cell.substring(i, end + 1));
        if (name.matches()) {
          statements.add(new Statement(annotation, name.group(1), note(cell, end + 1), table));
        }
        i = end;
      }
    }
    return statements;
  }

  /** The text of the parenthesis that starts at {@code from} after white space, or "". */
  private static String note(String cell, int from) {
    int start = from;
    while (start < cell.length() && cell.charAt(start) == ' ') {
      start++;
    }
    if (start >= cell.length() || cell.charAt(start) != '(') {
      return "";
    }
    int depth = 0;
    for (int i = start; i < cell.length(); i++) {
      depth += cell.charAt(i) == '(' ? 1 : cell.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return cell.substring(start + 1, i);
      }
    }
    return cell.substring(start + 1);
  }
}
