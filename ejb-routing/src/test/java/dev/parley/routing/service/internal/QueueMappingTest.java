package dev.parley.routing.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.contact.Channel;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.service.QueueDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueMappingTest {

  private static QueueDefinition support(List<String> channels, String strategy, boolean required, List<String> codes) {
    return new QueueDefinition(
        "Support",
        channels,
        2,
        strategy,
        25,
        60,
        codes,
        required,
        List.of(new QueueDefinition.RequiredSkill("Support", 3)),
        30,
        90);
  }

  @Test
  void aDefinitionBecomesTheEnginesConfig() {
    QueueConfig c = QueueMapping.toConfig(support(List.of("chat", "VOICE"), "best_skill", true, List.of("RESOLVED")));

    assertThat(c.id().value()).isEqualTo("Support");
    assertThat(c.channels()).containsExactlyInAnyOrder(Channel.CHAT, Channel.VOICE);
    assertThat(c.strategy()).isEqualTo(Strategy.BEST_SKILL);
    assertThat(c.priority()).isEqualTo(2);
    assertThat(c.offerTimeout()).isEqualTo(Duration.ofSeconds(25));
    assertThat(c.wrapUpTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.requirements()).containsExactly(SkillRequirement.of("support", 3));
    assertThat(c.serviceLevel().fraction()).isEqualTo(0.9);
    assertThat(c.serviceLevel().threshold()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.dispositionRequired()).isTrue();
  }

  @Test
  void aStoredQueueReadsBackAsTheDefinitionThatWroteIt() {
    QueueDefinition d = support(List.of("VOICE", "CHAT"), "LONGEST_IDLE", true, List.of("RESOLVED", "CALLBACK"));
    QueueEntity e = new QueueEntity("Support");

    QueueMapping.apply(d, QueueMapping.toConfig(d), e);

    QueueDefinition back = QueueMapping.toDefinition(e);
    assertThat(back.channels()).containsExactly("VOICE", "CHAT");
    assertThat(back.dispositionCodes()).containsExactly("RESOLVED", "CALLBACK");
    assertThat(back.requiredSkills()).containsExactly(new QueueDefinition.RequiredSkill("support", 3));
    assertThat(back.strategy()).isEqualTo("LONGEST_IDLE");
    assertThat(QueueMapping.toConfig(e)).isEqualTo(QueueMapping.toConfig(d));
  }

  @Test
  void unknownNamesAndARequiredDispositionWithoutCodesAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> QueueMapping.toConfig(support(List.of("FAX"), "LONGEST_IDLE", false, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown channel 'FAX'");
    assertThatThrownBy(() -> QueueMapping.toConfig(support(List.of("CHAT"), "FASTEST", false, List.of())))
        .hasMessageContaining("unknown strategy 'FASTEST'");
    assertThatThrownBy(() -> QueueMapping.toConfig(support(List.of("CHAT"), "LINEAR", true, List.of())))
        .hasMessageContaining("dispositionCodes");
  }
}
