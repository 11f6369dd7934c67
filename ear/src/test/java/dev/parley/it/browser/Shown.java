package dev.parley.it.browser;

import java.util.Map;

/**
 * A message as a page shows it: its sequence number ({@code 0} while it has none), the author's
 * role, its kind (the workstation only), the author's name as shown and the text.
 */
record Shown(long seq, String role, String kind, String author, String text) {

  /** From the map a page script returned (see {@link WidgetPage} and {@link Workstation}). */
  static Shown of(Object raw) {
    Map<?, ?> m = (Map<?, ?>) raw;
    String seq = String.valueOf(m.get("seq"));
    return new Shown(
        seq.isBlank() || "null".equals(seq) ? 0 : Long.parseLong(seq),
        String.valueOf(m.get("role")),
        String.valueOf(m.get("kind")),
        String.valueOf(m.get("author")),
        String.valueOf(m.get("text")));
  }
}
