package dev.parley.routing.live;

import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.jpa.ContactEventEntity;
import dev.parley.routing.core.Decision;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.store.ContactMapping;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** A stored contact with the running engine's explanation and the stored history. */
@Dependent
public class ContactDetails {

  @Inject RoutingStore store;

  public Optional<ContactDetail> of(RoutingEngine engine, ContactId id) {
    return store
        .contact(id.value())
        .map(
            row ->
                new ContactDetail(
                    ContactMapping.toView(row),
                    engine.explain(id).stream().map(ContactDetails::decision).toList(),
                    store.history(id.value()).stream().map(ContactDetails::entry).toList()));
  }

  static ContactDetail.DecisionView decision(Decision d) {
    return new ContactDetail.DecisionView(
        d.at(),
        d.rule().name(),
        d.detail(),
        d.relaxationStep(),
        d.chosenAgent().map(AgentId::value).orElse(null),
        d.passedOver().stream()
            .map(
                v -> new ContactDetail.PassedOver(v.agent().value(), v.reason().name(), v.detail()))
            .toList());
  }

  static ContactDetail.HistoryEntry entry(ContactEventEntity e) {
    return new ContactDetail.HistoryEntry(
        e.at(), e.kind(), e.fromState(), e.toState(), e.agent(), e.detail());
  }
}
