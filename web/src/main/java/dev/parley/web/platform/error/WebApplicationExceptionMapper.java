package dev.parley.web.platform.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (404, 405, 415, malformed JSON reported as 400) with a JSON body instead of
 * the container's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.hasEntity()) {
      return original;
    }
    Response.StatusType status = original.getStatusInfo();
    String message =
        status.getStatusCode() == 400
            ? "malformed request: " + rootMessage(e)
            : status.getReasonPhrase();
    return Errors.of(status.getStatusCode(), message, java.util.List.of());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
