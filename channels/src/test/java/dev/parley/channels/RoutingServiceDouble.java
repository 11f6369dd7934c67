package dev.parley.channels;

import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.ExpertRequest;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.QueueStanding;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test double of the routing API at the channels' boundary (the real routing needs the server):
 * records the contacts handed to it and answers as a stored contact, or refuses or fails as told.
 * Only {@link #receive} and {@link #receiveAll} are used by inbound channels; every other method
 * throws.
 */
public final class RoutingServiceDouble implements RoutingService {

  /** The contacts handed over, in order. */
  public final List<NewContact> received = new ArrayList<>();

  private RuntimeException next;

  /** The next {@link #receive} refuses with {@code kind}. */
  public void refuseNext(RoutingRefusedException.Kind kind) {
    next = new RoutingRefusedException(kind, "refused by the double: " + kind);
  }

  /** The next {@link #receive} fails as routing does when its database is gone. */
  public void failNext() {
    next = new IllegalStateException("the double's database is down");
  }

  @Override
  public ContactView receive(NewContact contact) {
    if (next != null) {
      RuntimeException e = next;
      next = null;
      throw e;
    }
    received.add(contact);
    Instant now = Instant.parse("2026-12-04T10:00:00Z");
    return new ContactView(
        "c-" + received.size(),
        contact.channel(),
        contact.direction(),
        contact.customer(),
        contact.queue(),
        contact.priority(),
        ContactState.QUEUED,
        received.size(),
        null,
        null,
        now,
        now,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Override
  public List<ContactView> receiveAll(List<NewContact> contacts) {
    if (next != null) {
      RuntimeException e = next;
      next = null;
      throw e; // all or none, as routing does
    }
    return contacts.stream().map(this::receive).toList();
  }

  @Override
  public ContactView reopen(ContactId contact) {
    throw unused();
  }

  @Override
  public ContactView abandon(ContactId contact) {
    throw unused();
  }

  @Override
  public Optional<ContactDetail> contact(ContactId contact) {
    throw unused();
  }

  @Override
  public List<ContactView> customerHistory(CustomerId customer) {
    throw unused();
  }

  @Override
  public AgentState agentState(AgentId agent) {
    throw unused();
  }

  @Override
  public AgentState changePresence(AgentId agent, Presence presence) {
    throw unused();
  }

  @Override
  public void agentConnected(AgentId agent, ConnectionId connection) {
    throw unused();
  }

  @Override
  public void agentDisconnected(AgentId agent, ConnectionId connection) {
    throw unused();
  }

  @Override
  public AgentState accept(AgentId agent, ContactId contact) {
    throw unused();
  }

  @Override
  public AgentState reject(AgentId agent, ContactId contact) {
    throw unused();
  }

  @Override
  public AgentState end(AgentId agent, ContactId contact) {
    throw unused();
  }

  @Override
  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    throw unused();
  }

  @Override
  public List<LiveStatus.QueueStatus> queueStatus() {
    throw unused();
  }

  @Override
  public List<LiveStatus.AgentStatus> agentStatus() {
    throw unused();
  }

  @Override
  public List<LiveStatus.LiveCall> liveCalls() {
    throw unused();
  }

  @Override
  public LiveStatus.Board liveBoard() {
    throw unused();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("not used by inbound channels");
  }

  @Override
  public AgentState transferToQueue(AgentId agent, ContactId contact, QueueId queue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AgentState transferToAgent(AgentId agent, ContactId contact, AgentId colleague) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ContactId consult(AgentId agent, ContactId contact, ExpertRequest expert) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AgentState returnToQueue(AgentId agent, ContactId contact) {
    throw new UnsupportedOperationException();
  }

  @Override
  public AgentState warmTransfer(AgentId agent, ContactId contact, ContactId consult) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<QueueStanding> standings(List<ContactId> contacts) {
    throw new UnsupportedOperationException();
  }
}
