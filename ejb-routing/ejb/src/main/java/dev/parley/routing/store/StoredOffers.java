package dev.parley.routing.store;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.core.OfferSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offers still ringing when the engine stopped, replayed from the history of the contacts
 * stored OFFERED: an OFFERED row opens an offer (with its deadline, since schema 7), a withdrawal,
 * time-out or decline closes the agent's, and any state change closes them all (a new offer round
 * starts with the change to OFFERED). Offers recorded without a deadline are left out; their
 * contacts wait again. Pure.
 */
public final class StoredOffers {

  /** One history row of a contact stored OFFERED, in id order per contact. */
  public record Row(String contactId, String kind, String agent, Instant expiresAt) {}

  private StoredOffers() {}

  public static List<OfferSnapshot> open(List<Row> rows) {
    Map<String, Map<String, Instant>> ringing = new LinkedHashMap<>();
    for (Row r : rows) {
      Map<String, Instant> offers =
          ringing.computeIfAbsent(r.contactId(), c -> new LinkedHashMap<>());
      switch (r.kind()) {
        case "STATE" -> offers.clear();
        case "OFFERED" -> {
          if (r.agent() != null && r.expiresAt() != null) {
            offers.put(r.agent(), r.expiresAt());
          }
        }
        default -> offers.remove(r.agent()); // withdrawn, timed out or declined
      }
    }
    List<OfferSnapshot> open = new ArrayList<>();
    ringing.forEach(
        (contact, offers) ->
            offers.forEach(
                (agent, expires) ->
                    open.add(
                        new OfferSnapshot(ContactId.of(contact), AgentId.of(agent), expires))));
    return open;
  }
}
