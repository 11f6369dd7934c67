package dev.parley.chat;

import jakarta.ejb.ApplicationException;

/** A visitor's request the chat will not carry out; nothing of it was stored. */
@ApplicationException(rollback = true)
public class ChatRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, as the visitor socket's error codes (docs/chat-protocol.md). */
  public enum Code {
    INVALID,
    TOO_LONG,
    RATE_LIMITED,
    NOT_ALLOWED,
    LIMIT_REACHED,
    NOT_FOUND,
    BUSY
  }

  private final Code code;

  public ChatRefusedException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
