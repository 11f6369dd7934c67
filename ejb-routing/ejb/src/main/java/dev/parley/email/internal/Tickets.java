package dev.parley.email.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket token in subjects ({@code [#1234]}), found wherever it stands. */
final class Tickets {

  private static final Pattern TOKEN = Pattern.compile("\\[#(\\d{1,18})]");

  private Tickets() {}

  /** The ticket number a subject names, if any (the first token). */
  static Optional<Long> in(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher m = TOKEN.matcher(subject);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }
}
