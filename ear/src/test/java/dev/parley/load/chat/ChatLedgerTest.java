package dev.parley.load.chat;

import static dev.parley.load.chat.ChatLedger.Side.AGENT;
import static dev.parley.load.chat.ChatLedger.Side.VISITOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run's proof of delivery: lost, doubled and reordered messages are each counted. */
class ChatLedgerTest {
  private final ChatLedger ledger = new ChatLedger();

  @Test
  void aConversationDeliveredOnceInOrderBothWaysCountsNothingWrong() {
    ledger.received("c1", VISITOR, 1, null, null); // "Alice joined"
    ledger.received("c1", AGENT, 1, null, null);
    ledger.sent("c1", VISITOR, "v1");
    ledger.received("c1", AGENT, 2, "v1", VISITOR); // may arrive before the ack
    ledger.stored("c1", VISITOR, "v1");
    ledger.received("c1", VISITOR, 2, "v1", VISITOR); // the visitor's own message comes back
    ledger.sent("c1", AGENT, "av1");
    ledger.stored("c1", AGENT, "av1");
    ledger.received("c1", VISITOR, 3, "av1", AGENT);
    ledger.received("c1", AGENT, 3, "av1", AGENT);

    ChatLedger.Tally t = ledger.tally();
    assertThat(t.toAgent()).isEqualTo(new ChatLedger.Lane(1, 1, 0, 1, 0, 0, 0));
    assertThat(t.toVisitor()).isEqualTo(new ChatLedger.Lane(1, 1, 0, 1, 0, 0, 0));
    assertThat(t.lost()).isZero();
    assertThat(t.duplicated()).isZero();
    assertThat(t.outOfOrder()).isZero();
    assertThat(ledger.pending()).isZero();
  }

  @Test
  void aStoredMessageThatNeverArrivesIsLostAndAnUnansweredOneUnsettled() {
    ledger.sent("c1", VISITOR, "v1");
    ledger.stored("c1", VISITOR, "v1");
    ledger.sent("c2", AGENT, "a1");

    ChatLedger.Tally t = ledger.tally();
    assertThat(t.toAgent().lost()).isEqualTo(1);
    assertThat(t.toVisitor().lost()).isZero();
    assertThat(t.toVisitor().unsettled()).isEqualTo(1);
    assertThat(t.lost()).isEqualTo(1);
    assertThat(ledger.pending()).isEqualTo(2);
  }

  @Test
  void aRefusedMessageIsNeitherLostNorPending() {
    ledger.sent("c1", VISITOR, "v1");
    ledger.refused("c1", VISITOR, "v1");

    ChatLedger.Tally t = ledger.tally();
    assertThat(t.toAgent().refused()).isEqualTo(1);
    assertThat(t.lost()).isZero();
    assertThat(ledger.pending()).isZero();
  }

  @Test
  void theSameSeqTwiceOrTheSameClientIdUnderTwoSeqsIsDuplicated() {
    ledger.sent("c1", VISITOR, "v1");
    ledger.stored("c1", VISITOR, "v1");
    ledger.received("c1", AGENT, 2, "v1", VISITOR);
    ledger.received("c1", AGENT, 2, "v1", VISITOR); // delivered twice
    ledger.received("c1", AGENT, 3, "v1", VISITOR); // stored twice

    ChatLedger.Tally t = ledger.tally();
    assertThat(t.duplicated()).isEqualTo(2);
    assertThat(t.toAgent().received()).isEqualTo(1);
    assertThat(t.outOfOrder()).isZero();
  }

  @Test
  void aSeqBelowOneAlreadyReceivedIsOutOfOrderPerConversationAndSide() {
    ledger.received("c1", VISITOR, 3, null, null);
    ledger.received("c1", VISITOR, 2, null, null);
    ledger.received("c1", AGENT, 2, null, null); // the agent's own view is its own order
    ledger.received("c2", VISITOR, 1, null, null); // another conversation starts again at 1

    assertThat(ledger.tally().outOfOrder()).isEqualTo(1);
    assertThat(ledger.tally().duplicated()).isZero();
  }

  @Test
  void aMessageThisRunNeverSentIsUnknown() {
    ledger.received("c1", AGENT, 5, "someone-else", VISITOR);

    assertThat(ledger.tally().toAgent().unknown()).isEqualTo(1);
  }
}
