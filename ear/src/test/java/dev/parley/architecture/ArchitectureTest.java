package dev.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The house rules on dependencies (docs/adr/0011-module-layout.md), checked on the compiled classes
 * of every module of the reactor: the routing core uses no Jakarta EE API; web, channels and media
 * use the routing API and nothing else of routing (neither the core nor the EJB module's
 * internals); and no module has a cycle between its packages.
 *
 * <p>Runs in the {@code ear} module, which is built after every other module, so each module's
 * {@code target/classes} is there to read (the WAR's classes are not on a class path anywhere).
 */
class ArchitectureTest {

  private static final Path ROOT =
      Paths.get(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();

  private static final JavaClasses API = module("ejb-routing/api");
  private static final JavaClasses CORE = module("ejb-routing/core");
  private static final JavaClasses SIM = module("ejb-routing/sim");
  private static final JavaClasses EJB = module("ejb-routing/ejb");
  private static final JavaClasses WEB = module("web");
  private static final JavaClasses CHANNELS = module("channels");
  private static final JavaClasses MEDIA = module("webrtc-media");

  @Test
  void coreUsesNoJakartaEeApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "javax.persistence..", "javax.ejb..", "org.eclipse.microprofile..")
        .because("the routing core is plain Java, driven by the EJB module (ADR 0011)")
        .check(CORE);
  }

  @Test
  void apiDependsOnNothingElseOfParley() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOf(CORE, EJB, WEB))
        .because("the API is what everyone else may call; it calls nobody")
        .check(API);
  }

  @Test
  void webUsesOnlyTheRoutingApi() {
    onlyTheApi(WEB);
  }

  @Test
  void channelsUseOnlyTheRoutingApi() {
    onlyTheApi(CHANNELS);
  }

  @Test
  void mediaUsesOnlyTheRoutingApi() {
    onlyTheApi(MEDIA);
  }

  @Test
  void noModuleHasAPackageCycle() {
    for (JavaClasses module : new JavaClasses[] {API, CORE, SIM, EJB, WEB, CHANNELS, MEDIA}) {
      slices()
          .matching("dev.parley.(**)")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true)
          .check(module);
    }
  }

  /** Sanity: the rules above read real classes (a wrong path would make them pass vacuously). */
  @Test
  void everyModuleWithCodeWasRead() {
    assertThat(API.size()).isGreaterThan(10);
    assertThat(CORE.size()).isGreaterThan(50);
    assertThat(EJB.size()).isGreaterThan(30);
    assertThat(WEB.size()).isGreaterThan(20);
    assertThat(packagesOf(CORE)).contains("dev.parley.routing.core");
  }

  private static void onlyTheApi(JavaClasses module) {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOf(CORE, EJB))
        .because("web, channels and media call routing through its API only (ADR 0011)")
        .allowEmptyShould(true)
        .check(module);
  }

  /** Every package that classes of {@code modules} live in (each package names one module). */
  private static String[] packagesOf(JavaClasses... modules) {
    Set<String> packages = new TreeSet<>();
    for (JavaClasses module : modules) {
      for (JavaClass c : module) {
        packages.add(c.getPackageName());
      }
    }
    return packages.toArray(String[]::new);
  }

  private static JavaClasses module(String directory) {
    Path classes = ROOT.resolve(directory).resolve("target/classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(
          "no compiled classes at " + classes + ": build the module first");
    }
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(classes);
  }
}
