package dev.parley.email.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which queue a message's recipients send it to: the first recipient (envelope recipients first,
 * then To and Cc) with a rule for its address, else for its domain ({@code @example.com}), else the
 * default rule ({@code *}).
 */
final class Routes {

  static final String DEFAULT = "*";

  private Routes() {}

  /** The rule matching, and the address it matched (the thread's mailbox), if any. */
  static Optional<Map.Entry<String, String>> choose(
      Map<String, String> rules, List<String> recipients) {
    for (String r : recipients) {
      String address = normal(r);
      String queue = rules.get(address);
      if (queue == null && address.contains("@")) {
        queue = rules.get(address.substring(address.indexOf('@')));
      }
      if (queue != null) {
        return Optional.of(Map.entry(address, queue));
      }
    }
    String fallback = rules.get(DEFAULT);
    return fallback == null
        ? Optional.empty()
        : Optional.of(Map.entry(recipients.isEmpty() ? "" : normal(recipients.get(0)), fallback));
  }

  /** An address or rule as compared: trimmed, without angle brackets, lower case. */
  static String normal(String address) {
    String a = address == null ? "" : address.strip();
    if (a.startsWith("<") && a.endsWith(">")) {
      a = a.substring(1, a.length() - 1);
    }
    return a.toLowerCase(Locale.ROOT);
  }
}
