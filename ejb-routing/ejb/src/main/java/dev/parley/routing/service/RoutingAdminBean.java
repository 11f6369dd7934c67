package dev.parley.routing.service;

import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
import dev.parley.routing.api.admin.Saved;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.core.Command;
import dev.parley.routing.reference.ReferenceData;
import dev.parley.routing.reference.ReferenceKinds;
import dev.parley.routing.reference.SettingsMapping;
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

  @Inject ReferenceKinds kinds;

  @Inject RoutingStore store;

  @Inject Validator validator;

  @Override
  public <D> List<D> list(ReferenceKind<D> kind) {
    return kinds.list(kind);
  }

  @Override
  public <D> Optional<D> find(ReferenceKind<D> kind, String key) {
    return kinds.find(kind, key);
  }

  @Override
  public <D> Saved<D> save(ReferenceKind<D> kind, D definition) {
    D checked = valid(kind.type().cast(definition));
    return runtime.submit(s -> kinds.save(kind, checked, live(s)));
  }

  @Override
  public void delete(ReferenceKind<?> kind, String key) {
    runtime.run(s -> kinds.delete(kind, key, live(s)));
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
