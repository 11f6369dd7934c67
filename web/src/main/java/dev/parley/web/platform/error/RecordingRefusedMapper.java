package dev.parley.web.platform.error;

import dev.parley.recording.RecordingRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A recording operation not done: 404 unknown, 403 not allowed (not yours, the queue never
 * records), 409 wrong state, 413 a chunk too large, 400 otherwise.
 */
@Provider
public class RecordingRefusedMapper implements ExceptionMapper<RecordingRefusedException> {

  @Override
  public Response toResponse(RecordingRefusedException e) {
    Response.Status status =
        switch (e.code()) {
          case "NOT_FOUND" -> Response.Status.NOT_FOUND;
          case "NOT_ALLOWED" -> Response.Status.FORBIDDEN;
          case "BAD_STATE" -> Response.Status.CONFLICT;
          case "TOO_LARGE" -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
          default -> Response.Status.BAD_REQUEST;
        };
    return Errors.of(status, e.getMessage());
  }
}
