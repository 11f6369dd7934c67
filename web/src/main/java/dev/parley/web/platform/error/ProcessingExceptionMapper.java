package dev.parley.web.platform.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that cannot be read (malformed JSON, wrong types) is the client's fault: 400. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return Errors.of(Response.Status.BAD_REQUEST, "malformed request body");
  }
}
