package dev.parley.web.platform.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds JSON error responses. */
public final class Errors {
  private Errors() {}

  public static Response of(Response.Status status, String message) {
    return of(status.getStatusCode(), message, List.of());
  }

  public static Response of(int status, String message, List<String> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(message, details))
        .build();
  }
}
