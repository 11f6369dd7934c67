package dev.parley.recording;

import jakarta.ejb.ApplicationException;

/**
 * A recording operation that is not done: {@code NOT_FOUND}, {@code NOT_ALLOWED} (not yours, the
 * queue never records), {@code BAD_STATE} (already finished, not ready to play), {@code TOO_LARGE}
 * (a chunk over the limit), {@code INVALID} (bad input). Nothing stored is changed.
 */
@ApplicationException(rollback = true)
public class RecordingRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public RecordingRefusedException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
