package dev.parley.web.platform.error;

import dev.parley.conversation.AttachmentRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An upload that was not stored: 413 when too large, 415 when not an accepted type. */
@Provider
public class AttachmentRefusedMapper implements ExceptionMapper<AttachmentRefusedException> {

  @Override
  public Response toResponse(AttachmentRefusedException e) {
    return Errors.of(
        e.reason() == AttachmentRefusedException.Reason.TOO_LARGE
            ? Response.Status.REQUEST_ENTITY_TOO_LARGE
            : Response.Status.UNSUPPORTED_MEDIA_TYPE,
        e.getMessage());
  }
}
