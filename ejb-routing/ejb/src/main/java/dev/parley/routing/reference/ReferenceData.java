package dev.parley.routing.reference;

import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.core.Command;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.jpa.BusinessHoursEntity;
import dev.parley.routing.queue.jpa.QueueAction;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.skill.jpa.SkillEntity;
import dev.parley.routing.store.RoutingSettingsEntity;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes routing reference data and tells the running engine. Called by {@link RoutingRuntime}
 * only, as one of its queued operations (under the writer lock, in the batch's transaction), so a
 * check and the write it allows cannot be separated by another change.
 *
 * <p>Invariant: every check runs before the first entity is touched. Refusals are not rollback
 * exceptions (timers fired before them must still be stored), so a refusal after a write would
 * commit half a change. Where the engine must agree first (deleting a queue), the engine command
 * comes first and the rows follow.
 */
@Dependent
public class ReferenceData {

  /** The runtime's side: apply a command (stored and announced) and read the engine. */
  public interface Live {
    void apply(Command command);

    boolean loggedIn(AgentId agent);
  }

  @Inject RoutingStore store;

  @Inject AccountService accounts;

  /**
   * @return true when the queue was created
   */
  public boolean saveQueue(QueueDefinition definition, Live live) {
    QueueConfig config =
        checked(() -> QueueMapping.toConfig(definition, new StoredReferences(store)));
    Optional<QueueEntity> existing = store.queue(config.id().value());
    QueueEntity entity = existing.orElseGet(() -> new QueueEntity(config.id().value()));
    QueueMapping.apply(definition, config, entity);
    if (existing.isEmpty()) {
      store.persist(entity);
    }
    live.apply(new Command.ConfigureQueue(config));
    return existing.isEmpty();
  }

  public void deleteQueue(String name, Live live) {
    QueueEntity queue = store.queue(name).orElseThrow(() -> notFound("no queue '" + name + "'"));
    List<String> feeding =
        store.queues().stream()
            .filter(
                q ->
                    !q.name().equals(name)
                        && (targets(q.overflow(), name) || targets(q.afterHours(), name)))
            .map(QueueEntity::name)
            .toList();
    if (!feeding.isEmpty()) {
      throw conflict(
          "queue '"
              + name
              + "' is the overflow or after-hours target of "
              + feeding
              + "; change those queues first");
    }
    try {
      live.apply(new Command.RemoveQueue(QueueId.of(name))); // refused while contacts are open
    } catch (RoutingRefusedException e) {
      throw conflict(e.getMessage() + "; delete it once they are finished");
    }
    for (AgentProfileEntity profile : store.profiles()) {
      profile.queues().removeIf(m -> m.queue().equals(name));
    }
    store.remove(queue);
    store.flush();
  }

  public AgentRoutingProfile saveAgentProfile(AgentRoutingProfile profile, Live live) {
    String username = profile.username();
    if (accounts.findByUsername(username).filter(a -> a.hasRole(Role.AGENT)).isEmpty()) {
      throw notFound("no agent account '" + username + "'");
    }
    AgentProfile checked = checked(() -> AgentMapping.toProfile(profile));
    checked(
        () -> {
          SkillCatalogue.requireKnown(
              checked.skills().levels().keySet(), s -> store.skill(s).isPresent(), "skills");
          return null;
        });
    for (QueueId q : checked.queues().keySet()) {
      if (store.queue(q.value()).isEmpty()) {
        throw invalid("unknown queue '" + q + "'");
      }
    }
    Optional<AgentProfileEntity> existing = store.profile(username);
    AgentProfileEntity entity = existing.orElseGet(() -> new AgentProfileEntity(username));
    AgentMapping.apply(checked, entity);
    if (existing.isEmpty()) {
      store.persist(entity);
    }
    if (live.loggedIn(checked.id())) {
      // The profile as a rebuild would read it back, so the engine and the rows agree.
      live.apply(new Command.AgentProfileChanged(AgentMapping.toProfile(entity)));
    } else {
      store.flush();
    }
    return AgentMapping.toDefinition(entity);
  }

  public SkillDefinition createSkill(SkillDefinition skill) {
    SkillDefinition d = checked(() -> SkillCatalogue.normalise(skill));
    if (store.skill(d.name()).isPresent()) {
      throw conflict("skill '" + d.name() + "' exists");
    }
    store.persist(new SkillEntity(d.name(), d.kind()));
    store.flush();
    return d;
  }

  public void deleteSkill(String name) {
    String skill = checked(() -> SkillCatalogue.normalise(new SkillDefinition(name, null))).name();
    SkillEntity entity = store.skill(skill).orElseThrow(() -> notFound("no skill '" + skill + "'"));
    List<String> queues =
        store.queues().stream()
            .filter(
                q ->
                    q.requiredSkills().stream().anyMatch(r -> r.skill().equals(skill))
                        || q.relaxedSkills().stream().anyMatch(r -> r.skill().equals(skill)))
            .map(QueueEntity::name)
            .toList();
    List<String> agents =
        store.profiles().stream()
            .filter(p -> p.skills().stream().anyMatch(s -> s.skill().equals(skill)))
            .map(AgentProfileEntity::username)
            .toList();
    String inUse = SkillCatalogue.inUse(skill, queues, agents);
    if (inUse != null) {
      throw conflict(inUse);
    }
    store.remove(entity);
    store.flush();
  }

  /**
   * @return true when the calendar was created
   */
  public boolean saveCalendar(BusinessHoursDefinition definition, Live live) {
    checked(() -> CalendarMapping.toHours(definition));
    String name = definition.name().strip();
    Optional<BusinessHoursEntity> existing = store.calendar(name);
    BusinessHoursEntity entity = existing.orElseGet(() -> new BusinessHoursEntity(name));
    CalendarMapping.apply(definition, entity);
    if (existing.isEmpty()) {
      store.persist(entity);
    }
    // Queues using the calendar follow at once; the references read the entity just changed.
    References refs = new StoredReferences(store);
    boolean applied = false;
    for (QueueEntity q : usersOf(name)) {
      live.apply(new Command.ConfigureQueue(QueueMapping.toConfig(q, refs)));
      applied = true;
    }
    if (!applied) {
      store.flush();
    }
    return existing.isEmpty();
  }

  public void deleteCalendar(String name) {
    BusinessHoursEntity entity =
        store
            .calendar(name)
            .orElseThrow(() -> notFound("no business-hours calendar '" + name + "'"));
    List<String> users = usersOf(name).stream().map(QueueEntity::name).toList();
    if (!users.isEmpty()) {
      throw conflict("business-hours calendar '" + name + "' is used by queues " + users);
    }
    store.remove(entity);
    store.flush();
  }

  /**
   * Stores new engine-wide settings and applies them to the running engine (waiting contacts are
   * re-ordered, age kept). Input is checked before anything is written.
   */
  public RoutingSettingsDefinition saveSettings(RoutingSettingsDefinition d, Live live) {
    Map<Channel, Integer> weights = checked(() -> SettingsMapping.checked(d));
    RoutingSettingsEntity row = store.settings();
    SettingsMapping.write(row, weights, d.agingPerSecond(), d.noAnswerLimit());
    live.apply(new Command.ChangeSettings(weights, d.agingPerSecond(), d.noAnswerLimit()));
    return SettingsMapping.toDefinition(row);
  }

  private List<QueueEntity> usersOf(String calendar) {
    return store.queues().stream().filter(q -> calendar.equals(q.calendar())).toList();
  }

  private static boolean targets(QueueAction action, String queue) {
    return action != null
        && QueueMapping.TO_QUEUE.equals(action.action())
        && queue.equals(action.queue());
  }

  /** Runs a pure check; its {@link IllegalArgumentException} becomes an INVALID refusal. */
  private static <T> T checked(Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private static RoutingRefusedException invalid(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.INVALID, message);
  }

  private static RoutingRefusedException notFound(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.NOT_FOUND, message);
  }

  private static RoutingRefusedException conflict(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.CONFLICT, message);
  }
}
