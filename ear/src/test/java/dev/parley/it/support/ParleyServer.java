package dev.parley.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A Parley server run the way the README's Run command runs it: the build's WildFly started with
 * {@code bin/standalone.sh}, the EAR dropped into its deployments directory. Each instance gets its
 * own server base directory, data directory and port offset under {@code target/it/NAME}. Used by
 * the black-box tests, which talk to it only over HTTP and WebSocket.
 */
public final class ParleyServer implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

  private final String name;
  private final int portOffset;
  private final Path baseDir;
  private final Path dataDir;
  private final List<String> properties = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();

  /** Asks {@code /health/ready}: while starting, and whenever a test probes it. */
  private final HttpClient probes =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Process process;

  /**
   * @param portOffset the server's port offset; the system property {@code parley.it.port.shift}
   *     (default 0) is added to it, so two checkouts on one machine can run their tests at once
   */
  public ParleyServer(String name, int portOffset) {
    this.name = name;
    this.portOffset = portOffset + Integer.getInteger("parley.it.port.shift", 0);
    Path itDir = Paths.get(System.getProperty("parley.it.dir", "target/it")).toAbsolutePath();
    this.baseDir = itDir.resolve(name).resolve("standalone");
    this.dataDir = itDir.resolve(name).resolve("data");
  }

  /**
   * Starts the server with the system property {@code name} set to {@code value} (e.g. a short
   * grace period).
   */
  public ParleyServer withProperty(String name, String value) {
    properties.add("-D" + name + "=" + value);
    return this;
  }

  /**
   * Starts the server with the environment variable {@code name} set to {@code value}. The
   * variables that choose a mode are not inherited from the test run: {@code PARLEY_KURENTO_URL}
   * (which tells the Kurento tests where a KMS is) reaches only servers given it here.
   */
  public ParleyServer withEnvironment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Copies a fresh server base directory and deploys the EAR; the data directory is kept. */
  public ParleyServer prepare() {
    Path home = jbossHome();
    deleteRecursively(baseDir);
    copyRecursively(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
    try {
      Files.createDirectories(baseDir.resolve("deployments"));
      Files.createDirectories(dataDir);
      Files.copy(
          Paths.get(System.getProperty("parley.ear", "target/parley.ear")),
          baseDir.resolve("deployments/parley.ear"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Starts the server and waits until {@code /health/ready} answers 200. */
  public ParleyServer start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    Path home = jbossHome();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.add("-Dparley.data.dir=" + dataDir);
    command.add("-Dparley.public.url=" + baseUri());
    // Outbound mail goes to the test's SMTP sink (GreenMail on mailSinkPort), retried quickly.
    command.add("-Dparley.email.out.host=127.0.0.1");
    command.add("-Dparley.email.out.port=" + mailSinkPort());
    command.add("-Dparley.email.out.starttls=false");
    command.add("-Dparley.email.out.retry-seconds=2");
    command.addAll(properties);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JBOSS_HOME", home.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().remove("PARLEY_KURENTO_URL"); // peer to peer unless given
    builder.environment().putAll(environment);
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            System.getProperty("parley.it.jvm.args", "-Xmx1g")
                + " -Djava.net.preferIPv4Stack=true");
    builder.redirectErrorStream(true);
    builder.redirectOutput(baseDir.getParent().resolve("console.log").toFile());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    return this;
  }

  /** Stops gracefully (SIGTERM, as Ctrl-C or a service manager would), bounded in time. */
  public void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList(); // gone once the script ends
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      children.forEach(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * Kills the server the hard way, as {@code kill -9} or a power cut would: no shutdown hooks, no
   * flush, no graceful undeploy. Bounded in time.
   */
  public void crash() {
    if (process == null) {
      return;
    }
    // The JVM is the script's child: taken before the kill, as a dead script has no descendants.
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      children.forEach(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
  }

  /** Where the server sends its outbound mail in tests: 3025 plus the port offset. */
  public int mailSinkPort() {
    return 3025 + portOffset;
  }

  /** The e-mail listener's SMTP port: 2525 plus the port offset, as Parley's default. */
  public int smtpPort() {
    return 2525 + portOffset;
  }

  public Path logDir() {
    return baseDir.resolve("log");
  }

  @Override
  public void close() {
    stop();
  }

  private void awaitReady() {
    URI ready = baseUri().resolve("health/ready");
    try {
      await(name + " ready")
          .atMost(READY_TIMEOUT)
          .pollInterval(Duration.ofMillis(500))
          .until(() -> isReady(ready));
    } catch (ConditionTimeoutException e) {
      stop();
      throw new IllegalStateException(
          name
              + " not ready within "
              + READY_TIMEOUT
              + "; see "
              + baseDir.getParent().resolve("console.log"));
    }
  }

  /**
   * Prints the server JVM's threads ({@code jcmd <pid> Thread.print}) to standard output, where a
   * CI log keeps it: for a test that failed waiting on the server, what it was doing.
   */
  public void printThreads() {
    if (process == null) {
      return;
    }
    Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
    for (ProcessHandle jvm : process.descendants().toList()) {
      if (!jvm.info().command().orElse("").endsWith("java")) {
        continue;
      }
      try {
        Process dump =
            new ProcessBuilder(jcmd.toString(), Long.toString(jvm.pid()), "Thread.print")
                .redirectErrorStream(true)
                .start();
        String threads = new String(dump.getInputStream().readAllBytes());
        dump.waitFor(30, TimeUnit.SECONDS);
        System.out.println("=== " + name + " threads (pid " + jvm.pid() + ")\n" + threads);
      } catch (IOException e) {
        System.out.println("=== " + name + ": no thread dump: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether {@code /health/ready} answers 200 now (one probe, a 5-second timeout). */
  public boolean readyNow() throws InterruptedException {
    return isReady(baseUri().resolve("health/ready"));
  }

  /** True once readiness answers 200; fails at once when the server process has exited. */
  private boolean isReady(URI ready) throws InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name
              + " exited with "
              + process.exitValue()
              + "; see "
              + baseDir.getParent().resolve("console.log"));
    }
    try {
      var response =
          probes.send(
              HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    }
  }

  private static Path jbossHome() {
    return Paths.get(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();
  }

  private static void copyRecursively(Path from, Path to) {
    try (var paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
