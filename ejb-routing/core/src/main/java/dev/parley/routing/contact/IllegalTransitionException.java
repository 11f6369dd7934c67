package dev.parley.routing.contact;

import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.ContactId;

/** A contact was asked to move to a state its current state does not lead to. */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(ContactId contact, ContactState from, ContactState to) {
    super(
        "contact "
            + contact
            + " cannot move from "
            + from
            + " to "
            + to
            + "; allowed from "
            + from
            + ": "
            + (from.next().isEmpty() ? "none (terminal)" : from.next()));
  }
}
