import { AuthorRole, ChatMessage } from './chat-api';

/**
 * Pure rules over a conversation's messages, shared by the agent's desk and the supervisor's
 * read-only view.
 */

/** A message the agent sent that the server has not stored yet. */
export interface PendingMessage {
  readonly clientId: string;
  readonly kind: 'TEXT' | 'NOTE';
  readonly text: string;
  /** The file being uploaded before the message goes out, if any. */
  readonly fileName: string | null;
  /** `retrying`: the network failed, the same `clientId` goes out again by itself. */
  readonly status: 'uploading' | 'sending' | 'retrying' | 'failed';
  /** Why it failed, when `status` is `failed`. */
  readonly error: string | null;
}

/**
 * `existing` with `incoming` added: ordered by seq, each seq once (the first copy kept, since the
 * server never changes a stored message). Returns `existing` itself when nothing is new.
 */
export function mergeMessages(
  existing: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): readonly ChatMessage[] {
  const known = new Set(existing.map((message) => message.seq));
  const fresh = incoming.filter((message) => {
    if (known.has(message.seq)) {
      return false;
    }
    known.add(message.seq);
    return true;
  });
  if (fresh.length === 0) {
    return existing;
  }
  return [...existing, ...fresh].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held, 0 when none. */
export function lastSeqOf(messages: readonly ChatMessage[]): number {
  return messages.length === 0 ? 0 : messages[messages.length - 1].seq;
}

/** Roles that speak for the contact center, whose messages the customer may read. */
const AGENT_SIDE: ReadonlySet<AuthorRole> = new Set(['AGENT', 'EXPERT', 'SUPERVISOR']);

export function isAgentSide(message: ChatMessage): boolean {
  return AGENT_SIDE.has(message.author.role);
}

export function isFromCustomer(message: ChatMessage): boolean {
  return message.author.role === 'CUSTOMER';
}

/**
 * The seq of the message to mark "Read": the last agent-side message the customer can see whose
 * seq is at most `readUpTo` (the customer's latest `read`), or null when there is none.
 */
export function readMarkerSeq(messages: readonly ChatMessage[], readUpTo: number): number | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (
      message.seq <= readUpTo &&
      message.kind === 'TEXT' &&
      message.visibility === 'ALL' &&
      isAgentSide(message)
    ) {
      return message.seq;
    }
  }
  return null;
}

const ROLE_NAMES: Record<AuthorRole, string> = {
  CUSTOMER: 'Customer',
  AGENT: 'Agent',
  EXPERT: 'Expert',
  SUPERVISOR: 'Supervisor',
  SYSTEM: 'System',
};

/** The author's name, or their role when the server sent no name. */
export function authorName(message: ChatMessage): string {
  const name = message.author.name?.trim();
  return name ? name : ROLE_NAMES[message.author.role];
}

/** `1.2 MB`, `512 KB`, `80 B`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

/**
 * A fresh random id for a message (a version 4 UUID). `crypto.randomUUID` exists only in secure
 * contexts; `getRandomValues` everywhere, so the workstation also works over plain HTTP.
 */
export function newClientId(random: Crypto = crypto): string {
  if (typeof random.randomUUID === 'function') {
    return random.randomUUID();
  }
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
