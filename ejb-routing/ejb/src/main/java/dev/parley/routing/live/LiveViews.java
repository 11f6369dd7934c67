package dev.parley.routing.live;

import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.QueueStanding;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.store.ContactMapping;
import dev.parley.routing.store.RoutingStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What supervisors and agents read: a contact with the engine's explanation, the live queues,
 * agents and calls, a customer's history. Reads of the engine run as operations on the writer (they
 * see every change committed before them); the stored history needs neither engine nor lock.
 */
@ApplicationScoped
public class LiveViews {

  @Inject RoutingRuntime runtime;

  @Inject ContactDetails details;

  @Inject LiveStatusReader live;

  @Inject CustomerNames names;

  @Inject RoutingStore store;

  @EJB CustomerDirectory customers;

  public Optional<ContactDetail> contact(ContactId id) {
    return runtime.submit(
        s -> {
          // the history this batch has recorded so far is part of the answer
          s.recorder().writeBatch();
          return details.of(s.engine(), id);
        });
  }

  /** Where each waiting contact of {@code contacts} stands in its queue and channel. */
  public List<QueueStanding> standings(List<ContactId> contacts) {
    return runtime.submit(
        s -> {
          Map<String, List<ContactId>> lines = new HashMap<>();
          List<QueueStanding> out = new ArrayList<>();
          for (ContactId id : contacts) {
            Contact.Snapshot c = s.engine().contact(id).orElse(null);
            if (c == null || c.state() != ContactState.QUEUED || c.parent().isPresent()) {
              continue;
            }
            List<ContactId> line =
                lines.computeIfAbsent(
                    c.queue().value() + "/" + c.channel(),
                    k -> s.engine().waiting(c.queue(), c.channel()));
            int index = line.indexOf(id);
            if (index >= 0) {
              out.add(new QueueStanding(id, c.queue(), index + 1, line.size()));
            }
          }
          return out;
        });
  }

  public List<LiveStatus.QueueStatus> queueStatus() {
    return board().queues();
  }

  public List<LiveStatus.AgentStatus> agentStatus() {
    return names.agents(board().agents());
  }

  public List<LiveStatus.LiveCall> liveCalls() {
    return names.named(board()).calls();
  }

  public LiveStatus.Board liveBoard() {
    return names.named(board());
  }

  /**
   * The stored rows first, with no lock; then one operation on the writer for the engine's part,
   * which only reads memory; the customers' names after it. A board thus holds routing's writer for
   * as short a time as a read can.
   */
  private LiveStatus.Board board() {
    LiveRows rows = live.rows();
    return runtime.submit(s -> live.board(s.engine(), rows));
  }

  /** Every contact of every identity linked to {@code customer}, newest first. */
  public List<ContactView> customerHistory(CustomerId customer) {
    return store.contactsOf(customers.identitiesOf(customer.value())).stream()
        .map(ContactMapping::toView)
        .toList();
  }
}
