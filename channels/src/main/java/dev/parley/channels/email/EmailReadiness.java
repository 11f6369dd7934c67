package dev.parley.channels.email;

import dev.parley.email.MailStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The e-mail channel in {@code /health/ready}: always UP (a stored message is never lost while it
 * waits), with the listener's SMTP port, the messages stored and not filed yet, and the outbox by
 * state — a growing {@code unfiled} or {@code retrying} is what an operator watches.
 */
@Readiness
@ApplicationScoped
public class EmailReadiness implements HealthCheck {

  @EJB MailStore store;

  @EJB EmailListenerBean listener;

  @Override
  public HealthCheckResponse call() {
    MailStore.Counts c = store.counts();
    return HealthCheckResponse.named("email")
        .up()
        .withData("smtpPort", listener.smtpPort())
        .withData("unfiled", c.unfiled())
        .withData("outboxQueued", c.queued())
        .withData("outboxSending", c.sending())
        .withData("outboxRetrying", c.retrying())
        .withData("outboxFailed", c.failed())
        .build();
  }
}
