package dev.parley.web.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Invalid input: 400 with one line per violated constraint, e.g. {@code password: must be 8 to 128
 * characters}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<String> details =
        e.getConstraintViolations().stream()
            .map(ConstraintViolationMapper::describe)
            .sorted()
            .toList();
    return Errors.of(400, "invalid request", details);
  }

  static String describe(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    String field = dot >= 0 ? path.substring(dot + 1) : path;
    return field + ": " + violation.getMessage();
  }
}
