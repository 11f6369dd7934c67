package dev.parley.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments every Arquillian test uses: the EAR the build produced, as it ships, with the
 * calling test's package (and AssertJ) added to its WAR for in-container tests. Tests never list
 * production classes by hand, so they always test what users run.
 */
public final class Deployments {

  static final String WAR = "parley-web.war";

  private Deployments() {}

  /** The shipped EAR, unchanged. */
  public static EnterpriseArchive parley() {
    Path ear = Paths.get(System.getProperty("parley.ear", "target/parley.ear"));
    if (!Files.isRegularFile(ear)) {
      throw new IllegalStateException("no EAR at " + ear + ": run the build's package phase first");
    }
    return ShrinkWrap.create(ZipImporter.class, "parley.ear")
        .importFrom(ear.toFile())
        .as(EnterpriseArchive.class);
  }

  /** The shipped EAR with the test's package and AssertJ inside the WAR, for in-container tests. */
  public static EnterpriseArchive parleyWithTestsOf(Class<?> testClass) {
    EnterpriseArchive ear = parley();
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addPackage(testClass.getPackage());
    war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    return ear;
  }

  /**
   * As {@link #parleyWithTestsOf(Class)}, with the jars of {@code libraries} (e.g. Awaitility and
   * Hamcrest) in the WAR too.
   */
  public static EnterpriseArchive parleyWithTestsOf(Class<?> testClass, Class<?>... libraries) {
    EnterpriseArchive ear = parleyWithTestsOf(testClass);
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    for (Class<?> library : libraries) {
      war.addAsLibrary(jarOf(library));
    }
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
