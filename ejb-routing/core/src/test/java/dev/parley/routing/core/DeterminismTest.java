package dev.parley.routing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.Strategy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same commands at the same clock readings give the same events: the simulator relies on it.
 */
class DeterminismTest {
  private static List<RoutingEvent> run() {
    Fixture f = new Fixture(RoutingSettings.DEFAULT, 7);
    f.queue(
        QueueConfig.builder("q", Channel.VOICE, Channel.CHAT, Channel.EMAIL)
            .strategy(Strategy.RANDOM)
            .build());
    for (int i = 0; i < 5; i++) {
      f.agent("a" + i, Skills.NONE, "q");
    }
    Channel[] channels = {Channel.VOICE, Channel.CHAT, Channel.EMAIL};
    for (int i = 0; i < 30; i++) {
      f.arrive("c" + i, channels[i % 3], "q");
      f.tickAfter(Duration.ofSeconds(7));
    }
    return f.events;
  }

  @Test
  void sameInputsGiveTheSameEvents() {
    assertThat(run()).isEqualTo(run());
  }
}
