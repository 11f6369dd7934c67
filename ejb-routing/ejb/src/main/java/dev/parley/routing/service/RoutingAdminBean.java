package dev.parley.routing.service;

import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.core.Command;
import dev.parley.routing.reference.AgentMapping;
import dev.parley.routing.reference.CalendarMapping;
import dev.parley.routing.reference.QueueMapping;
import dev.parley.routing.reference.ReferenceData;
import dev.parley.routing.reference.SettingsMapping;
import dev.parley.routing.reference.SkillCatalogue;
import dev.parley.routing.runtime.EngineSession;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.store.RoutingStore;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference data for routing. Reads come straight from the (second-level cached) tables; every
 * write goes through the runtime, which checks, stores and applies it to the engine under its lock
 * in one transaction (see {@link ReferenceData}).
 */
@Stateless
@Local(RoutingAdmin.class)
public class RoutingAdminBean implements RoutingAdmin {

  @Inject RoutingRuntime runtime;

  @Inject ReferenceData reference;

  @Inject RoutingStore store;

  @Inject Validator validator;

  @Override
  public List<QueueDefinition> queues() {
    return store.queues().stream().map(QueueMapping::toDefinition).toList();
  }

  @Override
  public Optional<QueueDefinition> queue(String name) {
    return store.queue(name).map(QueueMapping::toDefinition);
  }

  @Override
  public boolean saveQueue(QueueDefinition queue) {
    return runtime.submit(s -> reference.saveQueue(valid(queue), live(s)));
  }

  @Override
  public void deleteQueue(String name) {
    runtime.run(s -> reference.deleteQueue(name, live(s)));
  }

  @Override
  public List<AgentRoutingProfile> agentProfiles() {
    return store.profiles().stream().map(AgentMapping::toDefinition).toList();
  }

  @Override
  public Optional<AgentRoutingProfile> agentProfile(String username) {
    return store.profile(username).map(AgentMapping::toDefinition);
  }

  @Override
  public AgentRoutingProfile saveAgentProfile(AgentRoutingProfile profile) {
    return runtime.submit(s -> reference.saveAgentProfile(valid(profile), live(s)));
  }

  @Override
  public List<SkillDefinition> skills() {
    return store.skills().stream().map(SkillCatalogue::toDefinition).toList();
  }

  @Override
  public Optional<SkillDefinition> skill(String name) {
    if (name.isBlank()) {
      return Optional.empty();
    }
    return store
        .skill(dev.parley.routing.agent.Skills.normalise(name))
        .map(SkillCatalogue::toDefinition);
  }

  @Override
  public SkillDefinition createSkill(SkillDefinition skill) {
    return runtime.submit(s -> reference.createSkill(valid(skill)));
  }

  @Override
  public void deleteSkill(String name) {
    runtime.run(s -> reference.deleteSkill(name));
  }

  @Override
  public List<BusinessHoursDefinition> businessHours() {
    return store.calendars().stream().map(CalendarMapping::toDefinition).toList();
  }

  @Override
  public Optional<BusinessHoursDefinition> businessHours(String name) {
    return store.calendar(name).map(CalendarMapping::toDefinition);
  }

  @Override
  public boolean saveBusinessHours(BusinessHoursDefinition calendar) {
    return runtime.submit(s -> reference.saveCalendar(valid(calendar), live(s)));
  }

  @Override
  public void deleteBusinessHours(String name) {
    runtime.run(s -> reference.deleteCalendar(name));
  }

  @Override
  public RoutingSettingsDefinition routingSettings() {
    return SettingsMapping.toDefinition(store.settings());
  }

  @Override
  public RoutingSettingsDefinition saveRoutingSettings(RoutingSettingsDefinition settings) {
    return runtime.submit(s -> reference.saveSettings(valid(settings), live(s)));
  }

  /**
   * Checks a definition's Bean Validation constraints here, before the runtime reads it: a field
   * left out (null) is refused as a bad request (400) naming the field, not met by a
   * NullPointerException deep in the mapping.
   */
  private <T> T valid(T definition) {
    var violations =
        validator.validate(Objects.requireNonNull(definition, "request body required"));
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return definition;
  }

  /**
   * The running engine as {@link ReferenceData} sees it: a write applies its command (stored and
   * announced with the batch) and asks who is logged in. A failed write rolls its batch back and
   * marks the engine stale like any failed command.
   */
  private static ReferenceData.Live live(EngineSession s) {
    return new ReferenceData.Live() {
      @Override
      public void apply(Command command) {
        s.execute(command);
      }

      @Override
      public boolean loggedIn(AgentId agent) {
        return s.engine().agent(agent).isPresent();
      }
    };
  }
}
