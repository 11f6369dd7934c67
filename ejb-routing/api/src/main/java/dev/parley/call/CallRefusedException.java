package dev.parley.call;

import jakarta.ejb.ApplicationException;

/**
 * A call action that cannot be done: {@code code} NOT_A_CALL, NOT_IN_CALL, NOT_ALLOWED,
 * MEDIA_UNAVAILABLE, INVALID. Nothing changed.
 */
@ApplicationException
public class CallRefusedException extends RuntimeException {

  private final String code;

  public CallRefusedException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
