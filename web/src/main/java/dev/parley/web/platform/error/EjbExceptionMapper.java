package dev.parley.web.platform.error;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The EJB container wraps system exceptions: Bean Validation of a service call becomes a 400,
 * anything else a 500 whose details go to the log only.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Override
  public Response toResponse(EJBException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
    if (cause instanceof ConstraintViolationException violations) {
      return new ConstraintViolationMapper().toResponse(violations);
    }
    if (cause instanceof IllegalArgumentException bad) {
      return Errors.of(Response.Status.BAD_REQUEST, bad.getMessage());
    }
    LOG.log(Level.SEVERE, "event=request.failed", e);
    return Errors.of(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
  }
}
