package dev.parley.routing.intake;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.contact.jpa.ContactOriginEntity;
import dev.parley.routing.core.Command;
import dev.parley.routing.customer.CustomerKey;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.runtime.EngineSession;
import dev.parley.routing.runtime.Guards;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.store.ContactMapping;
import dev.parley.routing.store.RoutingStore;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Contacts coming in and customers leaving before an agent took them: every channel's way into
 * routing. Each operation runs whole on the writer, so a contact is checked, stored and routed in
 * one step and acknowledged only once committed.
 */
@ApplicationScoped
public class ContactIntake {

  @Inject RoutingRuntime runtime;

  @Inject Guards guards;

  @Inject RoutingStore store;

  @EJB CustomerDirectory customers;

  /**
   * Stores a new contact and routes it; returns the committed row. A contact handed over again with
   * the same {@code origin} is not made twice: the first one is answered.
   */
  public ContactView receive(NewContact c) {
    return runtime.submit(
        s -> {
          Arrival a = prepare(s, c);
          return storedView(s, a.made() != null ? a.made() : arrive(s, a));
        });
  }

  /**
   * {@link #receive} for several contacts in one operation of the writer: every one is checked
   * first, so a refusal leaves all of them unmade; then all arrive, in order. Two hand-overs with
   * one origin make one contact.
   */
  public List<ContactView> receiveAll(List<NewContact> contacts) {
    if (contacts.isEmpty()) {
      return List.of();
    }
    return runtime.submit(
        s -> {
          List<Arrival> arrivals = new ArrayList<>(contacts.size());
          Map<String, Arrival> byOrigin = new HashMap<>();
          for (NewContact c : contacts) {
            arrivals.add(
                c.origin() == null
                    ? prepare(s, c)
                    : byOrigin.computeIfAbsent(c.origin(), o -> prepare(s, c)));
          }
          Map<Arrival, ContactId> made = new IdentityHashMap<>();
          List<ContactView> views = new ArrayList<>(arrivals.size());
          for (Arrival a : arrivals) {
            ContactId id = a.made() != null ? a.made() : made.computeIfAbsent(a, x -> arrive(s, x));
            views.add(storedView(s, id));
          }
          return views;
        });
  }

  /**
   * A contact checked and ready to arrive — or {@code made}, the contact its origin already became
   * (a retry after a failure or a crash). Checking changes nothing, so a refusal leaves no trace.
   */
  private record Arrival(
      NewContact contact,
      ContactId made,
      QueueId queue,
      List<CustomerId> identities,
      List<SkillRequirement> skills) {}

  private Arrival prepare(EngineSession s, NewContact c) {
    if (c.customer() == null
        || c.customer().isBlank()
        || c.queue() == null
        || c.queue().isBlank()) {
      // Bean Validation says so too; belt and braces
      throw invalid("queue and customer are required");
    }
    if (c.customer().strip().length() > CustomerKey.MAX_LENGTH) {
      // Refused here: a row the database refuses would fail the whole batch, other callers too.
      throw invalid("customer longer than " + CustomerKey.MAX_LENGTH + " characters");
    }
    if (c.origin() != null) {
      // The same traffic handed over again: the contact it became. Lookups see what this batch
      // persisted too (same persistence context), so two hand-overs in one batch make one contact.
      Optional<String> made = store.contactOfOrigin(c.origin());
      if (made.isPresent()) {
        return new Arrival(c, ContactId.of(made.get()), null, null, null);
      }
    }
    QueueId queue = QueueId.of(c.queue().strip());
    QueueConfig config =
        s.engine().queue(queue).orElseThrow(() -> invalid("unknown queue '" + c.queue() + "'"));
    if (!config.serves(c.channel())) {
      throw invalid("queue " + queue + " does not serve " + c.channel());
    }
    return new Arrival(c, null, queue, identities(c.customer(), config), skills(c.skills()));
  }

  /** Stores and routes a checked contact. */
  private ContactId arrive(EngineSession s, Arrival a) {
    NewContact c = a.contact();
    ContactId id = s.nextContactId();
    s.recorder().expectNew(id);
    s.execute(
        new Command.ContactArrived(
            id,
            c.channel(),
            c.direction(),
            a.queue(),
            CustomerId.of(c.customer().strip()),
            c.priority(),
            a.identities(),
            a.skills()));
    if (c.origin() != null) {
      Instant at = s.engine().contact(id).map(Contact.Snapshot::arrivedAt).orElseGet(Instant::now);
      store.persist(new ContactOriginEntity(c.origin(), id.value(), at));
    }
    return id;
  }

  /**
   * A finished messaging contact comes back (a customer answered a closed e-mail thread): routed
   * again in its queue under its own id, offered first to the agent who had it when they can take
   * it. A contact still open is answered as it is; a call or an unknown contact is refused.
   */
  public ContactView reopen(ContactId contact) {
    return runtime.submit(
        s -> {
          ContactEntity row =
              s.recorder()
                  .contactRow(contact.value())
                  .orElseThrow(
                      () ->
                          new RoutingRefusedException(
                              RoutingRefusedException.Kind.NOT_FOUND, "no contact " + contact));
          if (!row.finished()) {
            return storedView(s, contact);
          }
          Channel channel = Channel.valueOf(row.channel());
          if (!channel.isDeferrable()) {
            throw invalid("only e-mail, SMS and voicemail contacts are reopened");
          }
          QueueId queue = QueueId.of(row.queue());
          QueueConfig config =
              s.engine()
                  .queue(queue)
                  .filter(q -> q.serves(channel))
                  .orElseThrow(() -> invalid("queue " + queue + " does not take it any more"));
          String customer = row.customer() == null ? contact.value() : row.customer();
          s.execute(
              new Command.ContactReopened(
                  new Command.ContactArrived(
                      contact,
                      channel,
                      Direction.valueOf(row.direction()),
                      queue,
                      CustomerId.of(customer),
                      row.priority(),
                      identities(customer, config),
                      ContactMapping.skills(row.requiredSkills())),
                  row.assignedAgent() == null ? null : AgentId.of(row.assignedAgent())));
          return storedView(s, contact);
        });
  }

  /** The customer left before an agent took the contact. */
  public ContactView abandon(ContactId contact) {
    return runtime.submit(
        s -> {
          guards.exists(s.engine(), contact);
          s.execute(new Command.ContactAbandoned(contact));
          return storedView(s, contact);
        });
  }

  /**
   * The sticky-agent keys of a new contact: its identity's canonical key, and in a queue with a
   * sticky window the identities linked to it too (read from {@code customer_link} in the batch's
   * transaction, so a link made before the contact arrived counts).
   */
  private List<CustomerId> identities(String customer, QueueConfig queue) {
    String key;
    try {
      key = CustomerKey.of(customer);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    if (queue.stickyWindow().isZero()) {
      return List.of(CustomerId.of(key));
    }
    return CustomerKey.ownFirst(key, customers.identitiesOf(key));
  }

  /** The contact's own skills: catalogue skills at levels 1..10. */
  private List<SkillRequirement> skills(Map<String, Integer> given) {
    List<SkillRequirement> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : new TreeMap<>(given).entrySet()) {
      if (e.getKey() == null
          || e.getKey().isBlank()
          || store.skill(Skills.normalise(e.getKey())).isEmpty()) {
        throw invalid("unknown skill '" + e.getKey() + "'");
      }
      try {
        out.add(SkillRequirement.of(e.getKey(), e.getValue() == null ? 1 : e.getValue()));
      } catch (IllegalArgumentException ex) {
        throw invalid(ex.getMessage());
      }
    }
    return out;
  }

  private static ContactView storedView(EngineSession s, ContactId contact) {
    return s.recorder().contactRow(contact.value()).map(ContactMapping::toView).orElseThrow();
  }

  private static RoutingRefusedException invalid(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.INVALID, message);
  }
}
