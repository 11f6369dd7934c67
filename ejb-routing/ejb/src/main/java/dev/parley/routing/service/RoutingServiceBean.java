package dev.parley.routing.service;

import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.ExpertRequest;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.QueueStanding;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.desk.AgentDesk;
import dev.parley.routing.intake.ContactIntake;
import dev.parley.routing.live.LiveViews;
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

  @Inject ContactIntake intake;

  @Inject AgentDesk desk;

  @Inject LiveViews views;

  @Override
  public ContactView receive(NewContact contact) {
    return intake.receive(contact);
  }

  @Override
  public List<ContactView> receiveAll(List<NewContact> contacts) {
    return intake.receiveAll(contacts);
  }

  @Override
  public ContactView reopen(ContactId contact) {
    return intake.reopen(contact);
  }

  @Override
  public ContactView abandon(ContactId contact) {
    return intake.abandon(contact);
  }

  @Override
  public Optional<ContactDetail> contact(ContactId contact) {
    return views.contact(contact);
  }

  @Override
  public List<ContactView> customerHistory(CustomerId customer) {
    return views.customerHistory(customer);
  }

  @Override
  public AgentState agentState(AgentId agent) {
    return desk.agentState(agent);
  }

  @Override
  public AgentState changePresence(AgentId agent, Presence presence) {
    return desk.changePresence(agent, presence);
  }

  @Override
  public void agentConnected(AgentId agent, ConnectionId connection) {
    desk.agentConnected(agent, connection);
  }

  @Override
  public void agentDisconnected(AgentId agent, ConnectionId connection) {
    desk.agentDisconnected(agent, connection);
  }

  @Override
  public AgentState accept(AgentId agent, ContactId contact) {
    return desk.accept(agent, contact);
  }

  @Override
  public AgentState reject(AgentId agent, ContactId contact) {
    return desk.reject(agent, contact);
  }

  @Override
  public AgentState end(AgentId agent, ContactId contact) {
    return desk.end(agent, contact);
  }

  @Override
  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    return desk.wrapUp(agent, contact, disposition);
  }

  @Override
  public AgentState transferToQueue(AgentId agent, ContactId contact, QueueId queue) {
    return desk.transferToQueue(agent, contact, queue);
  }

  @Override
  public AgentState transferToAgent(AgentId agent, ContactId contact, AgentId colleague) {
    return desk.transferToAgent(agent, contact, colleague);
  }

  @Override
  public ContactId consult(AgentId agent, ContactId contact, ExpertRequest expert) {
    return desk.consult(agent, contact, expert);
  }

  @Override
  public AgentState warmTransfer(AgentId agent, ContactId contact, ContactId consult) {
    return desk.warmTransfer(agent, contact, consult);
  }

  @Override
  public AgentState returnToQueue(AgentId agent, ContactId contact) {
    return desk.returnToQueue(agent, contact);
  }

  @Override
  public List<QueueStanding> standings(List<ContactId> contacts) {
    return views.standings(contacts);
  }

  @Override
  public List<LiveStatus.QueueStatus> queueStatus() {
    return views.queueStatus();
  }

  @Override
  public List<LiveStatus.AgentStatus> agentStatus() {
    return views.agentStatus();
  }

  @Override
  public List<LiveStatus.LiveCall> liveCalls() {
    return views.liveCalls();
  }

  @Override
  public LiveStatus.Board liveBoard() {
    return views.liveBoard();
  }
}
