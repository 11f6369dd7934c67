package dev.parley.routing.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * How an agent is routed: skills (catalogue name → level 1..10), capacity per channel name (missing
 * channels get the defaults voice 1, video 1, chat 3, SMS 5, e-mail 5) and queues served with the
 * agent's priority there.
 */
public record AgentRoutingProfile(
    String username,
    @NotNull Map<String, Integer> skills,
    @NotNull Map<String, Integer> capacity,
    @NotNull List<@Valid Membership> queues) {

  /** Serves {@code queue} with {@code priority} (higher first). */
  public record Membership(@NotNull String queue, int priority) {}
}
