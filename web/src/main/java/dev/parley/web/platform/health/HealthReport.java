package dev.parley.web.platform.health;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Runs checks and folds them into the MicroProfile Health response shape. */
public record HealthReport(String status, List<Check> checks) {

  /** One check's outcome. */
  public record Check(String name, String status, Map<String, Object> data) {}

  public boolean up() {
    return "UP".equals(status);
  }

  /**
   * Runs each check; a check that throws counts as DOWN. An empty list is DOWN when {@code
   * emptyIsDown}.
   */
  public static HealthReport run(Iterable<HealthCheck> healthChecks, boolean emptyIsDown) {
    List<Check> results = new java.util.ArrayList<>();
    for (HealthCheck check : healthChecks) {
      results.add(runOne(check));
    }
    boolean allUp = results.stream().allMatch(c -> "UP".equals(c.status()));
    boolean up = allUp && !(emptyIsDown && results.isEmpty());
    return new HealthReport(up ? "UP" : "DOWN", List.copyOf(results));
  }

  private static Check runOne(HealthCheck check) {
    try {
      HealthCheckResponse r = check.call();
      Map<String, Object> data = r.getData().map(Map::copyOf).orElse(Map.of());
      return new Check(r.getName(), r.getStatus().name(), data);
    } catch (RuntimeException e) {
      return new Check(
          check.getClass().getSimpleName(),
          "DOWN",
          Map.of("error", String.valueOf(e.getMessage())));
    }
  }
}
