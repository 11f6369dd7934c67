package dev.parley.routing.reference;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.Saved;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.routing.store.RoutingStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one generic path for reference data: for each {@link ReferenceKind}, how its definitions are
 * listed and found (straight from the second-level cached tables) and how one is saved or deleted
 * (through {@link ReferenceData}, which checks, stores and applies the change to the engine). Saves
 * and deletes must run inside a writer operation; the caller passes the {@link ReferenceData.Live}
 * of that operation. A new kind adds one entry to {@link #register()}.
 */
@ApplicationScoped
public class ReferenceKinds {

  /** What one kind does on each of the four operations. */
  private record Handler<D>(
      Supplier<List<D>> list,
      Function<String, Optional<D>> find,
      BiFunction<D, ReferenceData.Live, Saved<D>> save,
      BiConsumer<String, ReferenceData.Live> delete) {}

  @Inject RoutingStore store;

  @Inject ReferenceData reference;

  private final Map<ReferenceKind<?>, Handler<?>> handlers = new HashMap<>();

  @PostConstruct
  void register() {
    handlers.put(
        ReferenceKind.QUEUE,
        new Handler<QueueDefinition>(
            () -> store.queues().stream().map(QueueMapping::toDefinition).toList(),
            name -> store.queue(name).map(QueueMapping::toDefinition),
            (queue, live) -> {
              boolean created = reference.saveQueue(queue, live);
              return new Saved<>(stored(ReferenceKind.QUEUE, queue.name()), created);
            },
            (name, live) -> reference.deleteQueue(name, live)));
    handlers.put(
        ReferenceKind.AGENT_PROFILE,
        new Handler<AgentRoutingProfile>(
            () -> store.profiles().stream().map(AgentMapping::toDefinition).toList(),
            username -> store.profile(username).map(AgentMapping::toDefinition),
            (profile, live) -> {
              boolean created = store.profile(profile.username()).isEmpty();
              return new Saved<>(reference.saveAgentProfile(profile, live), created);
            },
            (username, live) -> {
              throw new RoutingRefusedException(
                  RoutingRefusedException.Kind.INVALID,
                  "an agent's routing profile goes with the account; it is not deleted on its own");
            }));
    handlers.put(
        ReferenceKind.SKILL,
        new Handler<SkillDefinition>(
            () -> store.skills().stream().map(SkillCatalogue::toDefinition).toList(),
            name ->
                name.isBlank()
                    ? Optional.empty()
                    : store.skill(Skills.normalise(name)).map(SkillCatalogue::toDefinition),
            (skill, live) -> new Saved<>(reference.createSkill(skill), true),
            (name, live) -> reference.deleteSkill(name)));
    handlers.put(
        ReferenceKind.BUSINESS_HOURS,
        new Handler<BusinessHoursDefinition>(
            () -> store.calendars().stream().map(CalendarMapping::toDefinition).toList(),
            name -> store.calendar(name).map(CalendarMapping::toDefinition),
            (calendar, live) -> {
              boolean created = reference.saveCalendar(calendar, live);
              return new Saved<>(stored(ReferenceKind.BUSINESS_HOURS, calendar.name()), created);
            },
            (name, live) -> reference.deleteCalendar(name)));
  }

  public <D> List<D> list(ReferenceKind<D> kind) {
    return handler(kind).list().get();
  }

  public <D> Optional<D> find(ReferenceKind<D> kind, String key) {
    return handler(kind).find().apply(key);
  }

  /** Saves {@code definition} (already checked by Bean Validation) inside a writer operation. */
  public <D> Saved<D> save(ReferenceKind<D> kind, D definition, ReferenceData.Live live) {
    return handler(kind).save().apply(kind.type().cast(definition), live);
  }

  /** Deletes the definition with {@code key} inside a writer operation. */
  public void delete(ReferenceKind<?> kind, String key, ReferenceData.Live live) {
    handler(kind).delete().accept(key, live);
  }

  /** Whether {@code kind} has a handler (every constant of {@link ReferenceKind} must). */
  boolean handles(ReferenceKind<?> kind) {
    return handlers.containsKey(kind);
  }

  /** The definition just saved, read back as stored (its name as the admin gave it, trimmed). */
  private <D> D stored(ReferenceKind<D> kind, String name) {
    return find(kind, name.strip()).orElseThrow();
  }

  @SuppressWarnings("unchecked") // register() pairs each kind with a handler of its own type
  private <D> Handler<D> handler(ReferenceKind<D> kind) {
    Handler<?> h = handlers.get(kind);
    if (h == null) {
      throw new IllegalArgumentException("no handler for reference kind " + kind);
    }
    return (Handler<D>) h;
  }
}
