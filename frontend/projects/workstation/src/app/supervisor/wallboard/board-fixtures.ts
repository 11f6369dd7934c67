import { AgentStatus, Board, LiveCall, QueueStatus } from './board';

/** Rows for the wallboard's specs: the board at 10:00:00 as the server read it. */
export const AT = '2026-11-23T10:00:00Z';

export function queue(changes: Partial<QueueStatus> = {}): QueueStatus {
  return {
    queue: 'billing',
    waiting: 3,
    longestWaitSeconds: 90,
    serviceLevel: 0.7,
    serviceLevelTarget: 0.8,
    serviceLevelSeconds: 20,
    oldestWaitingSince: '2026-11-23T09:58:30Z',
    channels: [
      { channel: 'VOICE', waiting: 2, oldestSince: '2026-11-23T09:58:30Z' },
      { channel: 'CHAT', waiting: 1, oldestSince: '2026-11-23T09:59:50Z' },
    ],
    agentsAvailable: 1,
    agentsBusy: 1,
    agentsOnBreak: 1,
    ...changes,
  };
}

export function agent(changes: Partial<AgentStatus> = {}): AgentStatus {
  return {
    username: 'ann',
    presence: 'AVAILABLE',
    breakReason: null,
    offlineReason: null,
    connected: true,
    contacts: [],
    presenceSince: '2026-11-23T09:30:00Z',
    ...changes,
  };
}

export function call(changes: Partial<LiveCall> = {}): LiveCall {
  return {
    contactId: 'c-9',
    channel: 'VOICE',
    queue: 'billing',
    agent: 'bob',
    customer: '+4512345678',
    customerName: 'Jane Doe',
    answeredAt: '2026-11-23T09:55:00Z',
    ...changes,
  };
}

export function board(changes: Partial<Board> = {}): Board {
  return { at: AT, queues: [queue()], agents: [agent()], calls: [call()], ...changes };
}

/** The `snapshot` frame of `b`. */
export function snapshot(b: Board = board()): object {
  return { type: 'snapshot', ...b };
}
