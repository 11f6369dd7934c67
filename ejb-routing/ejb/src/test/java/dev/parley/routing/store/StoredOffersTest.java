package dev.parley.routing.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.core.OfferSnapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offers still ringing, replayed from the history of contacts stored OFFERED. */
class StoredOffersTest {
  private static final Instant T = Instant.parse("2026-11-23T10:00:20Z");

  private static StoredOffers.Row state(String contact) {
    return new StoredOffers.Row(contact, "STATE", null, null);
  }

  private static StoredOffers.Row offered(String contact, String agent, Instant expires) {
    return new StoredOffers.Row(contact, "OFFERED", agent, expires);
  }

  private static StoredOffers.Row closed(String contact, String kind, String agent) {
    return new StoredOffers.Row(contact, kind, agent, null);
  }

  @Test
  void theOffersOfTheLatestRoundStillRingWithTheirDeadlines() {
    var open =
        StoredOffers.open(
            List.of(
                state("c-1"), // → QUEUED
                state("c-1"), // → OFFERED
                offered("c-1", "ann", T.minusSeconds(60)),
                closed("c-1", "OFFER_TIMED_OUT", "ann"),
                state("c-1"), // → QUEUED
                state("c-1"), // → OFFERED, ring all
                offered("c-1", "bob", T),
                offered("c-1", "cid", T),
                closed("c-1", "OFFER_DECLINED", "cid"),
                state("c-2"),
                offered("c-2", "dan", T.plusSeconds(5))));

    assertThat(open)
        .containsExactly(
            new OfferSnapshot(ContactId.of("c-1"), AgentId.of("bob"), T),
            new OfferSnapshot(ContactId.of("c-2"), AgentId.of("dan"), T.plusSeconds(5)));
  }

  @Test
  void anOfferWithdrawnFromItsAgentNoLongerRings() {
    var open =
        StoredOffers.open(
            List.of(
                state("c-1"), offered("c-1", "ann", T), closed("c-1", "OFFER_WITHDRAWN", "ann")));

    assertThat(open).isEmpty();
  }

  @Test
  void anOfferRecordedWithoutADeadlineIsLeftOut() {
    assertThat(StoredOffers.open(List.of(state("c-1"), offered("c-1", "ann", null)))).isEmpty();
  }
}
