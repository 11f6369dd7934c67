package dev.parley.routing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-contact decision log: bounded, and read incrementally by the facade's recorder. */
class DecisionLogTest {
  private final DecisionLog log = new DecisionLog(3);
  private final ContactSlot slot =
      new ContactSlot(
          Contact.builder(ContactId.of("c1"), Channel.CHAT, QueueId.of("q"), Fixture.T0).build(),
          0);

  private void record(int n) {
    for (int i = 0; i < n; i++) {
      int number = (int) log.count(slot);
      log.record(
          slot,
          DecisionRecord.of(
              new Decision(Fixture.T0, DecisionRule.WAITING, "d" + number, 0, null, List.of())));
    }
  }

  private List<String> since(long from) {
    return log.since(slot, from).stream().map(Decision::detail).toList();
  }

  @Test
  void keepsTheNewestUpToTheLimit() {
    record(5);
    assertThat(log.of(slot)).extracting(Decision::detail).containsExactly("d2", "d3", "d4");
    assertThat(log.count(slot)).isEqualTo(5);
  }

  @Test
  void aReaderGetsWhatItHasNotSeenEvenAfterTheOldestWereDropped() {
    record(2);
    assertThat(since(0)).containsExactly("d0", "d1");
    record(4); // d2..d5; d0..d2 dropped
    assertThat(since(2)).containsExactly("d3", "d4", "d5"); // d2 is gone, the rest is new
    assertThat(since(5)).containsExactly("d5");
    assertThat(since(6)).isEmpty();
  }
}
