package dev.parley.channels;

import dev.parley.routing.api.id.ContactId;
import java.util.Objects;

/** What a channel adapter answers for one piece of traffic (see {@link InboundChannel}). */
public sealed interface Receipt {

  /** Stored by routing as (part of) {@code contact}: the sender may forget it. */
  record Accepted(ContactId contact) implements Receipt {
    public Accepted {
      Objects.requireNonNull(contact, "contact");
    }
  }

  /** Not taken now, nothing stored: the sender should try again later. */
  record RetryLater(String reason) implements Receipt {
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Refused for good (malformed, or invalid for routing): retrying would not help. */
  record Rejected(String reason) implements Receipt {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
