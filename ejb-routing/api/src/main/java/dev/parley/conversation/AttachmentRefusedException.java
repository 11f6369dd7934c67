package dev.parley.conversation;

import jakarta.ejb.ApplicationException;

/** An upload that is not stored: too large, or of a type that is not accepted. */
@ApplicationException(rollback = true)
public class AttachmentRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  public AttachmentRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
