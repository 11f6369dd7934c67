import { Frame } from '@parley/shared';

/**
 * The wallboard's rows as `/ws/supervisor` sends them (see `docs/supervisor-protocol.md`); the
 * same rows as `GET /api/supervisor/queues`, `/agents` and `/calls`. Instants are ISO strings.
 */
export type Channel = 'VOICE' | 'VIDEO' | 'CHAT' | 'EMAIL' | 'SMS' | 'VOICEMAIL';

/** Every channel, in the order the wallboard shows them (live calls first). */
export const CHANNELS: readonly Channel[] = ['VOICE', 'VIDEO', 'CHAT', 'VOICEMAIL', 'SMS', 'EMAIL'];

export const CHANNEL_LABELS: Record<Channel, string> = {
  VOICE: 'Voice',
  VIDEO: 'Video',
  CHAT: 'Chat',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  VOICEMAIL: 'Voicemail',
};

export type Presence = 'OFFLINE' | 'AVAILABLE' | 'BREAK' | 'NOT_RESPONDING' | 'WRAP_UP';

export interface ChannelWaiting {
  readonly channel: Channel;
  readonly waiting: number;
  readonly oldestSince: string | null;
}

export interface QueueStatus {
  readonly queue: string;
  readonly waiting: number;
  readonly longestWaitSeconds: number;
  /** Achieved, 0..1. */
  readonly serviceLevel: number;
  /** Target, 0..1, answered within `serviceLevelSeconds`. */
  readonly serviceLevelTarget: number;
  readonly serviceLevelSeconds: number;
  readonly oldestWaitingSince: string | null;
  /** The channels the queue serves. */
  readonly channels: readonly ChannelWaiting[];
  readonly agentsAvailable: number;
  readonly agentsBusy: number;
  readonly agentsOnBreak: number;
}

/** A contact an agent holds. */
export interface Work {
  readonly contactId: string;
  readonly state: 'OFFERED' | 'ACTIVE' | 'WRAP_UP';
  readonly channel: Channel | null;
  readonly queue: string | null;
  readonly customer: string | null;
  readonly customerName: string | null;
  readonly since: string | null;
  readonly conversationId: string | null;
}

export interface AgentStatus {
  readonly username: string;
  readonly presence: Presence;
  readonly breakReason: string | null;
  readonly offlineReason: string | null;
  readonly connected: boolean;
  readonly contacts: readonly Work[];
  readonly presenceSince: string | null;
}

/** A voice or video call an agent is talking on. */
export interface LiveCall {
  readonly contactId: string;
  readonly channel: Channel;
  readonly queue: string;
  readonly agent: string;
  readonly customer: string | null;
  readonly customerName: string | null;
  readonly answeredAt: string | null;
}

/** The whole board, as read by the server at `at`. */
export interface Board {
  readonly at: string;
  readonly queues: readonly QueueStatus[];
  readonly agents: readonly AgentStatus[];
  readonly calls: readonly LiveCall[];
}

/**
 * The board after `frame`: a `snapshot` replaces it, `queues`, `agents` and `calls` replace their
 * section (and are ignored until a snapshot came), anything else leaves it as it is. A frame
 * whose section is not a list, or whose `at` is not a time, is ignored too.
 */
export function applyFrame(board: Board | null, frame: Frame): Board | null {
  const at = frame['at'];
  if (typeof at !== 'string' || isNaN(Date.parse(at))) {
    return board;
  }
  if (frame.type === 'snapshot') {
    const { queues, agents, calls } = frame;
    return isList(queues) && isList(agents) && isList(calls)
      ? {
          at,
          queues: queues as QueueStatus[],
          agents: agents as AgentStatus[],
          calls: calls as LiveCall[],
        }
      : board;
  }
  if (board === null || !SECTIONS.has(frame.type) || !isList(frame[frame.type])) {
    return board;
  }
  return { ...board, at, [frame.type]: frame[frame.type] };
}

const SECTIONS = new Set(['queues', 'agents', 'calls']);

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Who the customer is, for people: the name they gave, else their number, address or id. */
export function customerLabel(row: {
  readonly customer: string | null;
  readonly customerName: string | null;
}): string {
  return row.customerName ?? row.customer ?? 'Unknown customer';
}
