package dev.parley.channels.email.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The mail implementation's class loader, with its service files ({@code META-INF/services/…}) read
 * once and answered from memory after that. Jakarta Mail 2.1 asks {@link java.util.ServiceLoader}
 * for its stream provider for every part it writes and every header block it reads; through the
 * implementation's own loader each ask still searched the module's jars for the file and opened it
 * (≈ 5 % of the server's CPU while acknowledging e-mail: docs/benchmarks.md, "E-mail", sixth
 * round). The files of a deployed module do not change while it runs. Classes and every other
 * resource come from the implementation's loader as before.
 */
final class ServiceFilesLoader extends ClassLoader {

  private static final String SERVICES = "META-INF/services/";

  private final ConcurrentMap<String, List<URL>> files = new ConcurrentHashMap<>();

  ServiceFilesLoader(ClassLoader implementation) {
    super("parley-mail-services", implementation);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(SERVICES)) {
      return super.getResources(name);
    }
    try {
      return Collections.enumeration(files.computeIfAbsent(name, this::read));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The implementation's copies of service file {@code name}, each kept in memory. */
  private List<URL> read(String name) {
    try {
      List<URL> copies = new ArrayList<>();
      for (URL found : Collections.list(getParent().getResources(name))) {
        try (InputStream in = found.openStream()) {
          copies.add(inMemory(name, in.readAllBytes()));
        }
      }
      return List.copyOf(copies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL inMemory(String name, byte[] content) throws MalformedURLException {
    return new URL(
        "parley-memory",
        null,
        -1,
        "/" + name,
        new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {
                connected = true;
              }

              @Override
              public InputStream getInputStream() {
                return new ByteArrayInputStream(content);
              }
            };
          }
        });
  }
}
