package dev.parley.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM still has head-room: an orchestrator restarts a Parley whose heap is exhausted
 * instead of waiting on a process that can no longer serve.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  static final double MAX_HEAP_USED = 0.98;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double ratio = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("process")
        .status(ratio < MAX_HEAP_USED)
        .withData("heapUsedBytes", used)
        .withData("heapMaxBytes", runtime.maxMemory())
        .build();
  }
}
