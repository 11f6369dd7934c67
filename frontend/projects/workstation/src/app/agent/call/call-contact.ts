import { ActiveContact, Offer } from '../agent-api';

/** A voice or video contact of the agent's, with the conversation it carries (as a chat does). */
export type CallContact = ActiveContact & {
  readonly channel: 'VOICE' | 'VIDEO';
  readonly conversationId: string;
};

/**
 * A call the workstation handles in a call panel: a VOICE or VIDEO contact with a conversation.
 * (Calls from a telephone network carry none; they keep the plain contact card.)
 */
export function isCall(contact: ActiveContact): contact is CallContact {
  return (
    (contact.channel === 'VOICE' || contact.channel === 'VIDEO') &&
    typeof contact.conversationId === 'string'
  );
}

/** An offer that rings as a call. */
export function isCallOffer(offer: Offer): boolean {
  return offer.channel === 'VOICE' || offer.channel === 'VIDEO';
}
