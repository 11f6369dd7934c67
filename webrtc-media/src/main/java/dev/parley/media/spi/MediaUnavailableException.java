package dev.parley.media.spi;

/** Media cannot be set up now (Kurento unreachable or refusing); the message says why. */
public class MediaUnavailableException extends RuntimeException {

  public MediaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public MediaUnavailableException(String message) {
    super(message);
  }
}
