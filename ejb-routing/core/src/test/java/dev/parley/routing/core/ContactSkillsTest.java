package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A contact may need skills of its own besides its queue's (a visitor who chose "En español"): only
 * agents meeting both are offered it, and a contact with such skills at the head of a lane does not
 * keep the contacts behind it from agents who can take those.
 */
class ContactSkillsTest {

  private final Fixture f = new Fixture();

  private void arriveNeedingSpanish(String id) {
    f.apply(
        Command.ContactArrived.inbound(id, CHAT, "q").needing(SkillRequirement.of("spanish", 5)));
  }

  @Test
  void aContactNeedingItsOwnSkillIsOfferedOnlyToAnAgentWhoHasIt() {
    f.queue(QueueConfig.builder("q", CHAT).build());
    f.agent("english", Skills.NONE, "q");
    f.agent("bilingual", Skills.of("spanish", 7), "q");

    arriveNeedingSpanish("c1");

    assertThat(f.offeredTo("c1")).containsExactly("bilingual");
  }

  @Test
  void theHigherLevelWinsWhereQueueAndContactNameTheSameSkill() {
    f.queue(QueueConfig.builder("q", CHAT).requires(SkillRequirement.of("spanish", 3)).build());
    f.agent("basic", Skills.of("spanish", 4), "q");

    arriveNeedingSpanish("c1");

    assertThat(f.offeredTo("c1")).isEmpty();
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void aContactNobodyFreeCanTakeDoesNotBlockTheOnesBehindIt() {
    f.queue(QueueConfig.builder("q", CHAT).build());
    arriveNeedingSpanish("first");
    f.clock.advance(Duration.ofSeconds(1));
    f.apply(Command.ContactArrived.inbound("second", CHAT, "q"));

    f.agent("english", Skills.NONE, "q");

    assertThat(f.offeredTo("second")).containsExactly("english");
    assertThat(f.offeredTo("first")).isEmpty();
  }

  @Test
  void anAgentWhoFreesUpTakesTheContactNeedingTheirSkill() {
    f.queue(QueueConfig.builder("q", CHAT).build());
    f.agent("bilingual", Skills.of("spanish", 7), "q");
    f.apply(Command.ContactArrived.inbound("busy", CHAT, "q"));
    f.accept("busy", "bilingual");
    arriveNeedingSpanish("es");

    f.handle("busy", "bilingual");

    assertThat(f.offeredTo("es")).containsExactly("bilingual");
  }

  @Test
  void aContactsOwnSkillAddsToTheQueueRequirements() {
    f.queue(QueueConfig.builder("q", CHAT).requires(SkillRequirement.of("webchat", 1)).build());
    f.agent("mono", Skills.of("webchat", 5), "q");
    f.agent("speaker", Skills.of("webchat", 5, "lang1", 5), "q");

    f.apply(
        Command.ContactArrived.inbound("c1", CHAT, "q").needing(SkillRequirement.of("lang1", 1)));

    assertThat(f.offeredTo("c1")).containsExactly("speaker");
  }
}
