package dev.parley.web.platform.json;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * REST answers write absent values as {@code null} rather than leaving the field out: the
 * workstation contract (docs/agent-api.md) has fields such as {@code breakReason} and {@code
 * wrapUpEndsAt} that are "… | null", and clients should not have to tell missing from null. An id
 * that is a value object in the API is its text ({@link RecordingIdAdapter}).
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = create();

  /** The one JSON-B configuration of Parley's API. */
  public static Jsonb create() {
    return JsonbBuilder.create(
        new JsonbConfig().withNullValues(true).withAdapters(new RecordingIdAdapter()));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      java.util.logging.Logger.getLogger(JsonbProvider.class.getName())
          .fine(() -> "closing JSON-B: " + e);
    }
  }
}
