package io.github.sagemakercdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sagemakercdk.processor.SageMakerProcessor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gradle cannot run in this build, so the Gradle example (examples/gradle) is checked for what can be checked
 * without it: it names artifacts, a version, a main class and a processor option that exist here, its cdk.json runs
 * the task it registers, and the README shows it as it is.
 */
class GradleBuildTest {
  private static final Path BUILD_FILE = Path.of("gradle/build.gradle.kts");
  private static final Path ROOT = Path.of("..");

  private static String buildFile() throws IOException {
    return Files.readString(BUILD_FILE);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String one(Pattern pattern, String text) {
    List<String> found = all(pattern, text);
    assertEquals(1, found.size(), pattern + " in " + found);
    return found.get(0);
  }

  private static Element pom(Path file) throws Exception {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static String child(Element element, String name) {
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
  }

  /** The artifact id of every module of this build, by folder. */
  private static Map<String, String> moduleArtifacts() throws Exception {
    Map<String, String> artifacts = new TreeMap<>();
    NodeList modules = pom(ROOT.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String folder = modules.item(i).getTextContent().strip();
      artifacts.put(folder, child(pom(ROOT.resolve(folder).resolve("pom.xml")), "artifactId"));
    }
    return artifacts;
  }

  @Test
  void dependsOnThisBuildsArtifactsAtItsVersion() throws Exception {
    String build = buildFile();
    Element root = pom(ROOT.resolve("pom.xml"));
    assertEquals(child(root, "version"), one(Pattern.compile("val sagemakerCdkVersion = \"([^\"]+)\""), build));
    String coordinates = Pattern.quote(child(root, "groupId")) + ":([a-z-]+):\\$sagemakerCdkVersion";

    Map<String, String> modules = moduleArtifacts();
    assertEquals(List.of(modules.get("annotations"), modules.get("runtime")),
        all(Pattern.compile("implementation\\(\"" + coordinates + "\"\\)"), build));
    assertEquals(List.of(modules.get("processor")),
        all(Pattern.compile("annotationProcessor\\(\"" + coordinates + "\"\\)"), build));
  }

  @Test
  void runsTheMainOfSageMakerApp() throws Exception {
    String mainClass = one(Pattern.compile("mainClass\\.set\\(\"([^\"]+)\"\\)"), buildFile());
    assertEquals("io.github.sagemakercdk.SageMakerApp", mainClass);
    Method main = Class.forName(mainClass).getMethod("main", String[].class);
    assertTrue(Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers()));
  }

  @Test
  void passesAnOptionTheProcessorTakes() throws IOException {
    String option = one(Pattern.compile("\"-A([^=\"]+)="), buildFile());
    assertTrue(new SageMakerProcessor().getSupportedOptions().contains(option), option);
  }

  @Test
  void generatedSourcesGoWhereGradlePutsThemByDefault() throws IOException {
    assertEquals("generated/sources/annotationProcessor/java/main",
        one(Pattern.compile("generatedSourceOutputDirectory\\.set\\(layout\\.buildDirectory\\.dir\\(\"([^\"]+)\"\\)\\)"),
            buildFile()));
  }

  @Test
  void cdkJsonRunsTheTaskTheBuildRegisters() throws IOException {
    String task = one(Pattern.compile("tasks\\.register<JavaExec>\\(\"([^\"]+)\"\\)"), buildFile());
    String app = new ObjectMapper().readTree(Path.of("gradle/cdk.json").toFile()).get("app").asText();
    assertEquals("gradle -q " + task, app);
  }

  @Test
  void theReadmeShowsTheBuildFileAsItIs() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = one(Pattern.compile("```kotlin\n(// A Gradle build.*?)```", Pattern.DOTALL), readme);
    assertEquals(buildFile(), block);
  }
}
