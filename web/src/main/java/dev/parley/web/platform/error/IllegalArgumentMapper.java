package dev.parley.web.platform.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain checks that reject a value (unknown role, bad id) answer 400 with their message. */
@Provider
public class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {

  @Override
  public Response toResponse(IllegalArgumentException e) {
    return Errors.of(Response.Status.BAD_REQUEST, e.getMessage());
  }
}
