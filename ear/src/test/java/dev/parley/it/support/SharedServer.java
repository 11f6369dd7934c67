package dev.parley.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension giving black-box tests one running {@link ParleyServer} (port offset 200),
 * started on first use and stopped when the test run ends. Inject it as a parameter.
 */
public final class SharedServer implements ParameterResolver {

  private static final String KEY = "parley.shared.server";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ParleyServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            KEY, k -> new Holder(new ParleyServer("shared", 200).prepare().start()), Holder.class)
        .server;
  }

  /** Stops the server when JUnit closes the root store at the end of the run. */
  private record Holder(ParleyServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.stop();
    }
  }
}
