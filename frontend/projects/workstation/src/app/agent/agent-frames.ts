import { Frame } from '@parley/shared';

/**
 * Frames on `/ws/agent` that mean the agent's state changed (see `docs/agent-api.md`). Their
 * fields are not used: the client re-reads `GET /api/agent/state`, which is the truth, so a
 * missed or reordered frame cannot leave the workstation wrong.
 */
const STATE_CHANGES = new Set(['offer', 'offerWithdrawn', 'contactState', 'presence']);

export function signalsStateChange(frame: Frame): boolean {
  return STATE_CHANGES.has(frame.type);
}
