package dev.parley.channels.email.mime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found while parsing one message, each text once, in the order found. Bounded: a
 * hostile message repeating one mistake a million times yields one line, and at most {@link #MAX}
 * different lines.
 */
final class Problems {

  static final int MAX = 50;

  private final Map<String, Problem> found = new LinkedHashMap<>();

  void flag(String text) {
    add(Problem.flag(text));
  }

  void note(String text) {
    add(Problem.note(text));
  }

  void add(Problem problem) {
    Problem before = found.get(problem.text());
    if (before != null && (before.flags() || !problem.flags())) {
      return;
    }
    if (before == null && found.size() >= MAX) {
      found.putIfAbsent("…", Problem.flag("more than " + MAX + " problems; the rest not listed"));
      return;
    }
    found.put(problem.text(), problem);
  }

  /** Adds another message's problems (an attached message's), each prefixed with {@code where}. */
  void addAll(String where, List<Problem> problems) {
    for (Problem p : problems) {
      add(new Problem(where + p.text(), p.flags()));
    }
  }

  List<Problem> list() {
    return new ArrayList<>(found.values());
  }
}
