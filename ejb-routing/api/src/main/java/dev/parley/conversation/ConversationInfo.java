package dev.parley.conversation;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import java.time.Instant;

/**
 * A conversation's own facts: whose it is (the customer identity), what the customer told before it
 * started (name, e-mail, entry point and menu option for a chat), its end, and what the customer
 * said after it (rating 1–5 with a comment, an e-mail for the transcript). {@code lastSeq} is the
 * number of its latest message (0 when none).
 */
public record ConversationInfo(
    ContactId id,
    CustomerId customer,
    String customerName,
    String customerEmail,
    String entryPoint,
    String option,
    Instant openedAt,
    Instant endedAt,
    Integer rating,
    String ratingComment,
    String transcriptEmail,
    long lastSeq) {

  public boolean ended() {
    return endedAt != null;
  }
}
