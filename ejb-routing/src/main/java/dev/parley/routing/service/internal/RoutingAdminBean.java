package dev.parley.routing.service.internal;

import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.service.AgentRoutingProfile;
import dev.parley.routing.service.QueueDefinition;
import dev.parley.routing.service.RoutingAdmin;
import dev.parley.routing.service.RoutingRefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reference data for routing. Queues go through the runtime (stored and applied to the engine
 * together); agent profiles are only stored here and read when the agent next logs in.
 */
@Stateless
@Local(RoutingAdmin.class)
public class RoutingAdminBean implements RoutingAdmin {

  @EJB RoutingRuntime runtime;

  @EJB AccountService accounts;

  @Inject RoutingStore store;

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
    return runtime.saveQueue(queue);
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
    String username = profile.username();
    if (accounts.findByUsername(username).filter(a -> a.hasRole(Role.AGENT)).isEmpty()) {
      throw new RoutingRefusedException(RoutingRefusedException.Kind.NOT_FOUND, "no agent account '" + username + "'");
    }
    AgentProfile checked;
    try {
      checked = AgentMapping.toProfile(profile);
    } catch (IllegalArgumentException e) {
      throw new RoutingRefusedException(RoutingRefusedException.Kind.INVALID, e.getMessage());
    }
    for (QueueId q : checked.queues().keySet()) {
      if (store.queue(q.value()).isEmpty()) {
        throw new RoutingRefusedException(RoutingRefusedException.Kind.INVALID, "unknown queue '" + q + "'");
      }
    }
    Optional<AgentProfileEntity> existing = store.profile(username);
    AgentProfileEntity entity = existing.orElseGet(() -> new AgentProfileEntity(username));
    AgentMapping.apply(checked, entity);
    if (existing.isEmpty()) {
      store.persist(entity);
    }
    store.flush();
    return AgentMapping.toDefinition(entity);
  }
}
