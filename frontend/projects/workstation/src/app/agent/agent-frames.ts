import { Frame } from '@parley/shared';

/**
 * Frames on `/ws/agent` that mean the agent's state changed (see `docs/agent-api.md`). Their
 * fields are not used: the client re-reads `GET /api/agent/state`, which is the truth, so a
 * missed or reordered frame cannot leave the workstation wrong.
 */
const STATE_CHANGES = new Set([
  'offer',
  'offerWithdrawn',
  'contactState',
  'presence',
  // A chat went back to the queue (docs/chat-protocol.md): it is no longer the agent's.
  'contactReturned',
]);

export function signalsStateChange(frame: Frame): boolean {
  return STATE_CHANGES.has(frame.type);
}

/** A chat taken back from the agent (`contactReturned`), to tell them why. */
export interface ContactReturned {
  readonly contactId: string;
  readonly reason: string;
}

export function contactReturned(frame: Frame): ContactReturned | null {
  const { contactId, reason } = frame;
  if (frame.type !== 'contactReturned' || typeof contactId !== 'string') {
    return null;
  }
  return { contactId, reason: typeof reason === 'string' ? reason : 'UNKNOWN' };
}
