package dev.parley.routing.reference;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.skill.SkillKind;
import dev.parley.routing.skill.jpa.SkillEntity;
import dev.parley.routing.store.RoutingStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded default ({@code parley.demo.users=true}, the switch of the demo accounts) makes
 * sure the catalogue skill "support" and a "Support" queue (voice, video, chat, e-mail; skill
 * support ≥ 1; callers may keep their place, rung back for 30 s; dispositions RESOLVED, CALLBACK,
 * ESCALATED, required) exists and that agent1..3 serve it with skill support 5. Idempotent: only
 * what is missing is created, and admins' later edits are kept.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoRoutingData {

  private static final Logger LOG = Logger.getLogger(DemoRoutingData.class.getName());

  static final String SKILL = "support";

  static final QueueDefinition SUPPORT =
      withVirtualHold(
          QueueDefinition.basic(
              "Support",
              List.of("VOICE", "VIDEO", "CHAT", "EMAIL"),
              0,
              "LONGEST_IDLE",
              20,
              60,
              List.of("RESOLVED", "CALLBACK", "ESCALATED"),
              true,
              List.of(new QueueDefinition.RequiredSkill(SKILL, 1)),
              20,
              80),
          30);

  private static QueueDefinition withVirtualHold(QueueDefinition q, int seconds) {
    return new QueueDefinition(
        q.name(),
        q.channels(),
        q.priority(),
        q.strategy(),
        q.offerTimeoutSeconds(),
        q.wrapUpSeconds(),
        q.dispositionCodes(),
        q.dispositionRequired(),
        q.requiredSkills(),
        q.serviceLevelSeconds(),
        q.serviceLevelPercent(),
        q.relaxation(),
        q.maxWaitSeconds(),
        q.overflow(),
        q.businessHours(),
        q.afterHours(),
        q.stickyWindowSeconds(),
        q.firstResponseSeconds(),
        seconds,
        q.recording(),
        q.recordingRetentionDays(),
        q.voicemailMaxSeconds(),
        q.voicemailNotify());
  }

  static final List<String> AGENTS = List.of("agent1", "agent2", "agent3");

  @Inject RoutingStore store;

  @Inject
  @ConfigProperty(name = "parley.demo.users", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void create() {
    if (!enabled) {
      return;
    }
    int created = 0;
    if (store.skill(SKILL).isEmpty()) {
      store.persist(new SkillEntity(SKILL, SkillKind.SKILL.name()));
      created++;
    }
    if (store.queue(SUPPORT.name()).isEmpty()) {
      QueueEntity q = new QueueEntity(SUPPORT.name());
      QueueMapping.apply(SUPPORT, QueueMapping.toConfig(SUPPORT, new StoredReferences(store)), q);
      store.persist(q);
      created++;
    }
    for (String agent : AGENTS) {
      if (store.profile(agent).isEmpty()) {
        AgentProfile profile =
            AgentProfile.of(agent, Skills.of(SKILL, 5))
                .withQueue(dev.parley.routing.api.id.QueueId.of(SUPPORT.name()), 0);
        AgentProfileEntity e = new AgentProfileEntity(AgentId.of(agent).value());
        AgentMapping.apply(profile, e);
        store.persist(e);
        created++;
      }
    }
    int n = created;
    LOG.info(() -> "event=routing.demo created=%d".formatted(n));
  }
}
