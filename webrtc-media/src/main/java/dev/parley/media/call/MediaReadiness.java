package dev.parley.media.call;

import dev.parley.call.Calls;
import dev.parley.call.MediaStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The media layer in {@code /health/ready}. Always UP — Parley serves chat, e-mail and the
 * workstation without media — but its {@code status} says DEGRADED while Kurento is unreachable
 * (calls are refused with a clear message meanwhile), with why, the mode, the calls with media and
 * the pipelines held.
 */
@Readiness
@ApplicationScoped
public class MediaReadiness implements HealthCheck {

  @EJB Calls calls;

  @Override
  public HealthCheckResponse call() {
    MediaStatus s = calls.status();
    return HealthCheckResponse.named("media")
        .up()
        .withData("mode", s.mode().name())
        .withData("status", s.up() ? "UP" : "DEGRADED")
        .withData("detail", s.detail())
        .withData("calls", s.calls())
        .withData("pipelines", s.pipelines())
        .build();
  }
}
