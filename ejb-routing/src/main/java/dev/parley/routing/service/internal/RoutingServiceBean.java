package dev.parley.routing.service.internal;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.ConnectionId;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.customer.CustomerId;
import dev.parley.routing.service.AgentState;
import dev.parley.routing.service.ContactDetail;
import dev.parley.routing.service.ContactView;
import dev.parley.routing.service.CustomerDirectory;
import dev.parley.routing.service.LiveStatus;
import dev.parley.routing.service.NewContact;
import dev.parley.routing.service.RoutingService;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@link RoutingService}: validates (Bean Validation on the interface) and hands
 * everything that touches the engine to the {@link RoutingRuntime}, which commits in its own
 * transaction before answering. Reads of stored history need no engine and no lock.
 */
@Stateless
@Local(RoutingService.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RoutingServiceBean implements RoutingService {

  @EJB RoutingRuntime runtime;

  @EJB CustomerDirectory customers;

  @Inject RoutingStore store;

  @Override
  public ContactView receive(NewContact contact) {
    return runtime.receive(contact);
  }

  @Override
  public ContactView abandon(ContactId contact) {
    return runtime.abandon(contact);
  }

  @Override
  public Optional<ContactDetail> contact(ContactId contact) {
    return runtime.contact(contact);
  }

  @Override
  public List<ContactView> customerHistory(CustomerId customer) {
    return store.contactsOf(customers.identitiesOf(customer.value())).stream()
        .map(ContactMapping::toView)
        .toList();
  }

  @Override
  public AgentState agentState(AgentId agent) {
    return runtime.agentState(agent);
  }

  @Override
  public AgentState changePresence(AgentId agent, Presence presence) {
    return runtime.changePresence(agent, presence);
  }

  @Override
  public void agentConnected(AgentId agent, ConnectionId connection) {
    runtime.agentConnected(agent, connection);
  }

  @Override
  public void agentDisconnected(AgentId agent, ConnectionId connection) {
    runtime.agentDisconnected(agent, connection);
  }

  @Override
  public AgentState accept(AgentId agent, ContactId contact) {
    return runtime.accept(agent, contact);
  }

  @Override
  public AgentState reject(AgentId agent, ContactId contact) {
    return runtime.reject(agent, contact);
  }

  @Override
  public AgentState end(AgentId agent, ContactId contact) {
    return runtime.end(agent, contact);
  }

  @Override
  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    return runtime.wrapUp(agent, contact, disposition);
  }

  @Override
  public List<LiveStatus.QueueStatus> queueStatus() {
    return runtime.queueStatus();
  }

  @Override
  public List<LiveStatus.AgentStatus> agentStatus() {
    return runtime.agentStatus();
  }
}
