package dev.parley.channels.email.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFilesLoaderTest {

  /** A service for the test. */
  public interface Greeter {
    String greet();
  }

  /** Its provider, named in the service file the test writes. */
  public static final class Hello implements Greeter {
    @Override
    public String greet() {
      return "hello";
    }
  }

  @TempDir Path dir;

  private URLClassLoader moduleWithServiceFile() throws Exception {
    Path file = dir.resolve("META-INF/services/" + Greeter.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# the provider\n" + Hello.class.getName() + "\n");
    Files.writeString(dir.resolve("other.txt"), "first");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void aServiceFileIsReadOnceAndItsProviderFoundEveryTime() throws Exception {
    try (URLClassLoader module = moduleWithServiceFile()) {
      ServiceFilesLoader loader = new ServiceFilesLoader(module);
      assertThat(ServiceLoader.load(Greeter.class, loader).findFirst())
          .map(Greeter::greet)
          .contains("hello");

      Files.delete(dir.resolve("META-INF/services/" + Greeter.class.getName()));

      assertThat(ServiceLoader.load(Greeter.class, loader).findFirst())
          .as("answered from memory")
          .map(Greeter::greet)
          .contains("hello");
      assertThat(ServiceLoader.load(Greeter.class, module).findFirst())
          .as("the module itself no longer has it")
          .isEmpty();
    }
  }

  @Test
  void otherResourcesAndClassesComeFromTheImplementation() throws Exception {
    try (URLClassLoader module = moduleWithServiceFile()) {
      ServiceFilesLoader loader = new ServiceFilesLoader(module);
      assertThat(Collections.list(loader.getResources("other.txt"))).hasSize(1);
      Files.writeString(dir.resolve("other.txt"), "second");
      try (var in = loader.getResource("other.txt").openStream()) {
        assertThat(new String(in.readAllBytes())).isEqualTo("second");
      }
      assertThat(loader.loadClass(Hello.class.getName())).isSameAs(Hello.class);
      assertThat(Collections.list(loader.getResources("META-INF/services/no.such.Service")))
          .isEmpty();
    }
  }
}
