package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.queue.SkillRequirement;
import org.junit.jupiter.api.Test;

/** Bounded memory: the facade tells the engine to drop a finished contact once it stored it. */
class ForgetContactTest {
  private final Fixture f = new Fixture();

  private java.util.List<RoutingEvent> forget(String id) {
    return f.apply(new Command.ForgetContact(ContactId.of(id)));
  }

  @Test
  void dropsAClosedContactAndItsExplanation() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.handle("c1", "a");

    assertThat(forget("c1")).isEmpty();

    assertThat(f.engine.contact(ContactId.of("c1"))).isEmpty();
    assertThat(f.engine.explain(ContactId.of("c1"))).isEmpty();
  }

  @Test
  void routingGoesOnNormallyAfterForgetting() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.arrive("c2", VOICE, "q");
    f.handle("c1", "a");
    forget("c1");

    assertThat(f.offeredTo("c2")).containsExactly("a");
    f.arrive("c1", VOICE, "q"); // the id is free again, as for a brand-new contact
    assertThat(f.state("c1")).isEqualTo(dev.parley.routing.api.ContactState.QUEUED);
  }

  @Test
  void refusesAContactStillInProgress() {
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("c1", VOICE, "q");

    Fixture.assertRefused(forget("c1"), "only a finished one is forgotten");
    assertThat(f.engine.contact(ContactId.of("c1"))).isPresent();
    Fixture.assertRefused(forget("nobody"), "unknown contact");
  }

  @Test
  void refusesAContactWhoseConsultStillWaits() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.apply(
        new Command.ConsultExpert(
            ContactId.of("k1"),
            ContactId.of("c1"),
            new ExpertTarget.BySkill(SkillRequirement.of("tax", 5))));
    f.end("c1");
    f.wrapUp("c1", "done");

    Fixture.assertRefused(forget("c1"), "still has consult k1 waiting");
    assertThat(f.engine.agent(AgentId.of("a"))).isPresent();
  }
}
