package dev.parley.channels.email.mime;

import java.util.Objects;

/**
 * Something {@link MailParser} found wrong with a message and what it did about it, in words an
 * agent can read. A problem that {@link #flags} means the parsed result may be incomplete, wrong or
 * hostile, so the message needs an agent's look; the others are repairs that recovered the content
 * fully (a missing Date, a mislabelled charset that could be read anyway).
 */
public record Problem(String text, boolean flags) {

  public Problem {
    Objects.requireNonNull(text, "text");
  }

  static Problem flag(String text) {
    return new Problem(text, true);
  }

  static Problem note(String text) {
    return new Problem(text, false);
  }

  @Override
  public String toString() {
    return (flags ? "[flag] " : "[note] ") + text;
  }
}
