package dev.parley.channels.chat;

import dev.parley.routing.api.id.VisitorId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What one visitor may do: {@code parley.chat.messages-per-second} messages a second on average
 * with a burst of {@code parley.chat.message-burst} (a token bucket per visitor), and at most
 * {@code parley.chat.max-open-per-visitor} chats open at once. Checked at start-up. Buckets of
 * visitors idle for a minute are dropped, so the map stays bounded by the visitors active now.
 */
@ApplicationScoped
public class ChatLimits {

  @Inject
  @ConfigProperty(name = "parley.chat.messages-per-second", defaultValue = "2")
  int perSecond;

  @Inject
  @ConfigProperty(name = "parley.chat.message-burst", defaultValue = "10")
  int burst;

  @Inject
  @ConfigProperty(name = "parley.chat.max-open-per-visitor", defaultValue = "3")
  int maxOpen;

  private final Map<VisitorId, Bucket> buckets = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  ChatLimits() {}

  /** For tests. */
  ChatLimits(int perSecond, int burst, int maxOpen, Clock clock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.maxOpen = maxOpen;
    this.clock = clock;
    check();
  }

  @PostConstruct
  void check() {
    require("parley.chat.messages-per-second", perSecond, 1, 1000);
    require("parley.chat.message-burst", burst, 1, 1000);
    require("parley.chat.max-open-per-visitor", maxOpen, 1, 100);
  }

  private static void require(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalStateException(
          "setting %s (environment %s) must be between %d and %d, not %d"
              .formatted(
                  name,
                  name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT),
                  min,
                  max,
                  value));
    }
  }

  /** Takes one message from the visitor's allowance; false when it is used up. */
  public boolean tryMessage(VisitorId visitor) {
    long now = clock.millis();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(b -> b.idleSince(now) > 60_000);
    }
    return buckets
        .computeIfAbsent(visitor, v -> new Bucket(burst, now))
        .take(now, perSecond, burst);
  }

  public int maxOpen() {
    return maxOpen;
  }

  /** A token bucket; synchronized per visitor (one visitor's frames rarely race). */
  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(int burst, long now) {
      tokens = burst;
      at = now;
    }

    synchronized boolean take(long now, int perSecond, int burst) {
      tokens = Math.min(burst, tokens + (now - at) / 1000.0 * perSecond);
      at = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized long idleSince(long now) {
      return now - at;
    }
  }
}
