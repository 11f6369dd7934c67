package dev.parley.routing.live;

import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.store.ContactMapping;
import dev.parley.routing.store.RoutingStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What supervisors and agents read: a contact with the engine's explanation, the live queues and
 * agents, a customer's history. Reads of the engine run as operations on the writer (they see every
 * change committed before them); the stored history needs neither engine nor lock.
 */
@ApplicationScoped
public class LiveViews {

  @Inject RoutingRuntime runtime;

  @Inject ContactDetails details;

  @Inject LiveStatusReader live;

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

  public List<LiveStatus.QueueStatus> queueStatus() {
    return runtime.submit(s -> live.queues(s.engine()));
  }

  public List<LiveStatus.AgentStatus> agentStatus() {
    return runtime.submit(s -> live.agents(s.engine()));
  }

  /** Every contact of every identity linked to {@code customer}, newest first. */
  public List<ContactView> customerHistory(CustomerId customer) {
    return store.contactsOf(customers.identitiesOf(customer.value())).stream()
        .map(ContactMapping::toView)
        .toList();
  }
}
