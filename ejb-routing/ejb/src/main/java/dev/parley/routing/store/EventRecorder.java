package dev.parley.routing.store;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.core.Decision;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.core.Verdict;
import dev.parley.routing.store.jdbc.HistoryBatch;
import dev.parley.routing.store.jdbc.NewContactRows;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Stores what one command changed: contact rows (created on first sight, state and timestamps,
 * queue, agent, disposition), their history (transitions, offers, new decisions) and agents'
 * presence rows. Runs in the runtime's batch transaction; the runtime calls {@link #writeBatch}
 * once per batch, so a batch's rows reach the database in a few JDBC batches and a database error
 * fails the whole batch (which the runtime treats like any failed batch). Presence rows and stored
 * contact rows are entities; contact rows created in the batch wait in {@link NewContactRows} and
 * history rows in a {@link HistoryBatch}, both inserted with plain JDBC after the entities are
 * flushed. Code of the writer that reads a contact row asks {@link #contactRow}, which sees the
 * batch's unwritten rows. Owned by the runtime (single writer); the decision cursor, the history id
 * and the unwritten contact and history rows are reset when the engine is rebuilt.
 */
@Dependent
public class EventRecorder {

  @Inject RoutingStore store;

  @Inject Clock clock;

  /** How many of each contact's decisions are stored already; the engine keeps the full list. */
  private final Map<ContactId, Long> decisionsStored = new HashMap<>();

  /** Contacts the runtime has just created: their rows are not looked up, only written. */
  private final Set<ContactId> announcedNew = new HashSet<>();

  /** The id of the last history row given out; this is the table's only writer. */
  private long lastEventId;

  /** Contact rows created in the batch so far; written by {@link #writeBatch}. */
  private final NewContactRows newRows = new NewContactRows();

  /** History of the batch so far; written by {@link #writeBatch}. */
  private final HistoryBatch history = new HistoryBatch();

  /** Starts over from what is committed (on every engine rebuild). */
  public void reset() {
    decisionsStored.clear();
    announcedNew.clear();
    newRows.clear();
    history.clear();
    lastEventId = store.maxEventId();
  }

  /**
   * Writes what the batch recorded: flushes the entities, then inserts the batch's new contact rows
   * and their history on the same transaction's connection.
   */
  public void writeBatch() {
    store.flush();
    store.insert(newRows, history);
  }

  /** The row of contact {@code id}: created by this batch and not written yet, or stored. */
  public Optional<ContactEntity> contactRow(String id) {
    Optional<ContactEntity> created = newRows.get(id);
    return created.isPresent() ? created : store.contact(id);
  }

  /** {@code id} is a contact the next command creates: it has no row yet. */
  public void expectNew(ContactId id) {
    announcedNew.add(id);
  }

  public void record(RoutingEngine engine, List<RoutingEvent> events, LongSupplier nextArrivalSeq) {
    Map<ContactId, ContactEntity> rows = new LinkedHashMap<>();
    Instant now = clock.instant();
    try {
      for (RoutingEvent e : events) {
        if (e instanceof RoutingEvent.ConsultRequested c) {
          announcedNew.add(c.consult());
        }
        ContactId id = contactOf(e);
        if (id != null) {
          ContactEntity row = rows.computeIfAbsent(id, c -> row(engine, c, nextArrivalSeq));
          if (row != null) {
            if (e instanceof RoutingEvent.ContactStateChanged s
                && s.from() == ContactState.RECEIVED
                && row.finished()) {
              row.reopen(nextArrivalSeq.getAsLong(), s.at()); // a reopened thread's new arrival
            }
            recordContactEvent(engine, e, row, now);
          }
        } else if (e instanceof RoutingEvent.AgentPresenceChanged p) {
          presence(engine, p.agent(), p.to(), p.at());
        }
      }
      rows.forEach((id, row) -> syncAndExplain(engine, id, row));
    } finally {
      announcedNew.clear();
    }
  }

  private void recordContactEvent(
      RoutingEngine engine, RoutingEvent e, ContactEntity row, Instant now) {
    if (e instanceof RoutingEvent.ContactStateChanged s) {
      row.enter(s.to().name(), s.at());
      String agent =
          engine
              .contact(s.contact())
              .flatMap(Contact.Snapshot::assignedAgent)
              .map(AgentId::value)
              .orElse(null);
      history(row, s.at(), "STATE", s.from().name(), s.to().name(), agent, null);
    } else if (e instanceof RoutingEvent.ContactQueued q) {
      history(row, q.at(), "QUEUED", null, null, null, "queue " + q.queue());
    } else if (e instanceof RoutingEvent.OfferMade o) {
      // The deadline also in its own column: a rebuilt engine lets the offer ring on until then.
      history.add(
          ++lastEventId,
          row.id(),
          now,
          "OFFERED",
          null,
          null,
          o.agent().value(),
          "expires " + o.expiresAt(),
          o.expiresAt());
    } else if (e instanceof RoutingEvent.OfferWithdrawn w) {
      history(row, now, "OFFER_WITHDRAWN", null, null, w.agent().value(), w.reason());
    } else if (e instanceof RoutingEvent.OfferTimedOut t) {
      history(row, t.at(), "OFFER_TIMED_OUT", null, null, t.agent().value(), null);
    } else if (e instanceof RoutingEvent.OfferDeclined d) {
      history(row, d.at(), "OFFER_DECLINED", null, null, d.agent().value(), null);
    } else if (e instanceof RoutingEvent.ContactAccepted a) {
      history(row, a.at(), "ACCEPTED", null, null, a.agent().value(), null);
      engine
          .agent(a.agent())
          .ifPresent(ag -> presence(engine, ag.id(), ag.presence(), ag.presenceSince()));
    } else if (e instanceof RoutingEvent.ContactOverflowed o) {
      history(
          row,
          o.at(),
          "OVERFLOWED",
          null,
          null,
          null,
          o.cause() + ": " + o.action() + " from " + o.from());
    } else if (e instanceof RoutingEvent.ContactTransferred t) {
      history(
          row,
          t.at(),
          "TRANSFERRED",
          null,
          null,
          t.to() == null ? null : t.to().value(),
          "from " + t.from());
    } else if (e instanceof RoutingEvent.ConsultRequested c) {
      history(
          row,
          c.at(),
          "CONSULT_REQUESTED",
          null,
          null,
          c.requester().value(),
          "consult " + c.consult());
    } else if (e instanceof RoutingEvent.WrapUpOverdue w) {
      history(
          row,
          w.at(),
          "WRAP_UP_OVERDUE",
          null,
          null,
          w.agent().value(),
          "disposition still missing");
    }
  }

  /**
   * The row of {@code id}: created earlier in this batch, stored, or created from the engine's
   * contact the first time.
   */
  private ContactEntity row(RoutingEngine engine, ContactId id, LongSupplier nextArrivalSeq) {
    Optional<ContactEntity> stored =
        announcedNew.contains(id) ? Optional.empty() : contactRow(id.value());
    return stored.orElseGet(
        () ->
            engine
                .contact(id)
                .map(
                    c -> {
                      ContactEntity created =
                          new ContactEntity(
                              c.id().value(),
                              c.channel().name(),
                              c.direction().name(),
                              c.customer().map(CustomerId::value).orElse(null),
                              c.queue().value(),
                              c.priority(),
                              nextArrivalSeq.getAsLong(),
                              c.parent().map(ContactId::value).orElse(null),
                              c.arrivedAt());
                      created.requireSkills(ContactMapping.skillsColumn(c.skills()));
                      newRows.add(created);
                      return created;
                    })
                .orElse(null));
  }

  private void syncAndExplain(RoutingEngine engine, ContactId id, ContactEntity row) {
    if (row == null) {
      return;
    }
    engine
        .contact(id)
        .ifPresent(
            c -> {
              row.sync(
                  c.queue().value(),
                  c.queuedAt(),
                  c.assignedAgent().map(AgentId::value).orElse(null),
                  c.disposition().orElse(null));
              // Only the decisions not stored yet are rendered (numbering survives the engine
              // dropping a long-waiting contact's oldest decisions).
              long seen = decisionsStored.getOrDefault(id, 0L);
              for (Decision d : engine.explainSince(id, seen)) {
                history(
                    row,
                    d.at(),
                    "DECISION",
                    null,
                    null,
                    d.chosenAgent().map(AgentId::value).orElse(null),
                    describe(d));
              }
              if (c.state().isTerminal()) {
                decisionsStored.remove(id);
              } else {
                decisionsStored.put(id, engine.decisionCount(id));
              }
            });
  }

  /** Passed-over agents written out by name; the rest are counted (a queue may have thousands). */
  static final int MAX_VERDICTS = 20;

  /**
   * One line per decision for the stored history, bounded so that a queue with many agents neither
   * overflows the column nor bloats the database: the first {@link #MAX_VERDICTS} passed-over
   * agents by name, grouped by verdict (a reason and its detail are written once for all the agents
   * they apply to, in the order the agents were passed over), then a count.
   */
  static String describe(Decision d) {
    List<Verdict> verdicts = d.passedOver();
    Map<String, StringBuilder> groups = new LinkedHashMap<>();
    for (Verdict v : verdicts.subList(0, Math.min(MAX_VERDICTS, verdicts.size()))) {
      String key = v.reason() + (v.detail() == null ? "" : " (" + v.detail() + ")");
      StringBuilder names = groups.get(key);
      if (names == null) {
        groups.put(key, new StringBuilder(v.agent().value()));
      } else {
        names.append(", ").append(v.agent().value());
      }
    }
    StringBuilder line = new StringBuilder().append(d.rule());
    if (d.detail() != null) {
      line.append(": ").append(d.detail());
    }
    if (d.relaxationStep() > 0) {
      line.append(" [relaxation step ").append(d.relaxationStep()).append(']');
    }
    String sep = " | passed over: ";
    for (Map.Entry<String, StringBuilder> g : groups.entrySet()) {
      line.append(sep).append(g.getKey()).append(": ").append(g.getValue());
      sep = "; ";
    }
    if (verdicts.size() > MAX_VERDICTS) {
      line.append("; and ").append(verdicts.size() - MAX_VERDICTS).append(" more");
    }
    return line.length() <= HistoryBatch.MAX_DETAIL
        ? line.toString()
        : line.substring(0, HistoryBatch.MAX_DETAIL - 1) + "…";
  }

  private void presence(RoutingEngine engine, AgentId id, Presence p, Instant at) {
    AgentPresenceEntity row =
        store
            .presence(id.value())
            .orElseGet(
                () -> {
                  AgentPresenceEntity created = new AgentPresenceEntity(id.value());
                  created.update(p.status().name(), p.reason(), at, at, null, 0);
                  store.persist(created);
                  return created;
                });
    Agent.Snapshot a = engine.agent(id).orElse(null);
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    row.update(
        p.status().name(),
        p.reason(), // a break's reason, or why routing took the agent offline
        a == null ? at : a.presenceSince(),
        a == null ? row.idleSince() : a.idleSince(),
        today,
        a == null
            ? (today.equals(row.handledOn()) ? row.handledToday() : 0)
            : a.handledToday(today));
  }

  private void history(
      ContactEntity row,
      Instant at,
      String kind,
      String from,
      String to,
      String agent,
      String detail) {
    history.add(++lastEventId, row.id(), at, kind, from, to, agent, detail);
  }

  private static ContactId contactOf(RoutingEvent e) {
    if (e instanceof RoutingEvent.ContactStateChanged s) {
      return s.contact();
    } else if (e instanceof RoutingEvent.ContactQueued q) {
      return q.contact();
    } else if (e instanceof RoutingEvent.OfferMade o) {
      return o.contact();
    } else if (e instanceof RoutingEvent.OfferWithdrawn w) {
      return w.contact();
    } else if (e instanceof RoutingEvent.OfferTimedOut t) {
      return t.contact();
    } else if (e instanceof RoutingEvent.OfferDeclined d) {
      return d.contact();
    } else if (e instanceof RoutingEvent.ContactAccepted a) {
      return a.contact();
    } else if (e instanceof RoutingEvent.ContactOverflowed o) {
      return o.contact();
    } else if (e instanceof RoutingEvent.ContactTransferred t) {
      return t.contact();
    } else if (e instanceof RoutingEvent.ConsultRequested c) {
      return c.consult();
    } else if (e instanceof RoutingEvent.WrapUpOverdue w) {
      return w.contact();
    }
    return null;
  }
}
