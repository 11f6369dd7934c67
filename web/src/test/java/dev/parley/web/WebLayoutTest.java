package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/web-layout.md, checked on the compiled classes (the JDK's jdeps lists which
 * package uses which): no package cycles, the platform uses no audience, and no audience uses
 * another — what two of them share belongs in the platform.
 */
class WebLayoutTest {

  private static final String WEB = "dev.parley.web";
  private static final Set<String> AUDIENCES =
      Set.of("agent", "visitor", "supervisor", "admin", "intake", "auth");
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+\\s*$");

  /** Package → the other web packages its classes use. */
  private final Map<String, Set<String>> uses = webDependencies();

  @Test
  void theDependenciesWereRead() {
    // Guards the other tests against passing on an empty graph.
    assertThat(uses).containsKey(WEB + ".agent.ws");
    assertThat(uses.get(WEB + ".agent.ws")).contains(WEB + ".platform.ws");
  }

  @Test
  void noPackageCycles() {
    for (String from : uses.keySet()) {
      for (String to : uses.get(from)) {
        assertThat(reachable(to)).as("%s -> %s leads back", from, to).doesNotContain(from);
      }
    }
  }

  @Test
  void thePlatformUsesNoAudience() {
    uses.forEach(
        (from, targets) -> {
          if (area(from).equals("platform")) {
            assertThat(targets).as(from).allMatch(to -> area(to).equals("platform"));
          }
        });
  }

  @Test
  void audiencesUseOnlyThemselvesAndThePlatform() {
    uses.forEach(
        (from, targets) -> {
          String audience = area(from);
          if (AUDIENCES.contains(audience)) {
            assertThat(targets)
                .as(from)
                .allMatch(to -> area(to).equals(audience) || area(to).equals("platform"));
          }
        });
  }

  /** The segment after {@code dev.parley.web}: an audience, platform, or "" for the root. */
  private static String area(String pkg) {
    String rest = pkg.equals(WEB) ? "" : pkg.substring(WEB.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private Set<String> reachable(String start) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(start));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private static Map<String, Set<String>> webDependencies() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps"))
            .run(
                new PrintWriter(out),
                new PrintWriter(err),
                "-verbose:package",
                "-e",
                Pattern.quote(WEB) + "(\\..*)?",
                classes().toString());
    assertThat(status).as("jdeps: %s", err).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().lines().toList()) {
      Matcher edge = EDGE.matcher(line);
      if (edge.matches() && edge.group(1).startsWith(WEB)) {
        graph.computeIfAbsent(edge.group(1), p -> new TreeSet<>()).add(edge.group(2));
      }
    }
    return graph;
  }

  /** The module's compiled main classes (target/classes). */
  private static Path classes() {
    try {
      return Path.of(
          ParleyApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
