import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Run by every jar module at {@code verify} (see the root pom): fails the build unless the jar's manifest names
 * the expected {@code Automatic-Module-Name}, the JDK accepts the jar as that automatic module, and every package
 * in it lies under that name. Usage: {@code java CheckAutomaticModuleName.java <jar> <expected module name>}.
 */
public class CheckAutomaticModuleName {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      fail("usage: java CheckAutomaticModuleName.java <jar> <expected module name>");
    }
    Path jar = Path.of(args[0]);
    String expected = args[1];
    if (!Files.isRegularFile(jar)) {
      fail(jar + " does not exist: run the check after the jar is packaged");
    }
    String declared;
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      declared = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
    }
    if (declared == null) {
      fail(jar + " has no Automatic-Module-Name in its manifest: set automatic-module-name in the module's pom");
    }
    if (!declared.equals(expected)) {
      fail(jar + " names its module " + declared + ", not " + expected);
    }
    ModuleDescriptor module;
    try {
      List<ModuleReference> found = List.copyOf(ModuleFinder.of(jar).findAll());
      module = found.get(0).descriptor();
    } catch (FindException notAModule) {
      fail(jar + " is no valid automatic module: " + notAModule.getMessage());
      return;
    }
    if (!module.isAutomatic() || !module.name().equals(expected)) {
      fail(jar + " is seen as module " + module.name() + (module.isAutomatic() ? "" : " (not automatic)"));
    }
    for (String packageName : module.packages()) {
      if (!packageName.equals(expected) && !packageName.startsWith(expected + ".")) {
        fail(jar + " holds package " + packageName + ", outside its module name " + expected);
      }
    }
    System.out.println(jar.getFileName() + ": Automatic-Module-Name " + declared);
  }

  private static void fail(String message) {
    System.err.println("[CheckAutomaticModuleName] " + message);
    System.exit(1);
  }
}
