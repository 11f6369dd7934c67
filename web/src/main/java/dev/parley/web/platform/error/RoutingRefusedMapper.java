package dev.parley.web.platform.error;

import dev.parley.routing.api.RoutingRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routing's refusals: INVALID 400, FORBIDDEN 403, NOT_FOUND 404, CONFLICT 409, BUSY 503 (with
 * Retry-After).
 */
@Provider
public class RoutingRefusedMapper implements ExceptionMapper<RoutingRefusedException> {

  @Override
  public Response toResponse(RoutingRefusedException e) {
    Response r = Errors.of(status(e.kind()), e.getMessage());
    return e.kind() == RoutingRefusedException.Kind.BUSY
        ? Response.fromResponse(r).header("Retry-After", "1").build()
        : r;
  }

  static Response.Status status(RoutingRefusedException.Kind kind) {
    return switch (kind) {
      case INVALID -> Response.Status.BAD_REQUEST;
      case FORBIDDEN -> Response.Status.FORBIDDEN;
      case NOT_FOUND -> Response.Status.NOT_FOUND;
      case CONFLICT -> Response.Status.CONFLICT;
      case BUSY -> Response.Status.SERVICE_UNAVAILABLE;
    };
  }
}
