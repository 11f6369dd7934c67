import { AttachmentInfo, AuthorRole, ServerMessage } from './protocol';

/**
 * Where one of the visitor's own messages stands: `pending` until the server acknowledges it,
 * then `sent`, `delivered` (it reached an agent's workstation) and `read`; `failed` when the
 * server refused it (nothing was stored).
 */
export type Delivery = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

/** Who a message is from, as the widget lays it out: the visitor right, people left, events centred. */
export type Side = 'customer' | 'agent' | 'system';

/** A message as the widget shows it: one the server stored (`seq`), or one of ours still on its way. */
export interface ChatMessage {
  /** Stored messages have one; pending and failed ones do not (yet). */
  readonly seq: number | null;
  readonly clientId: string | null;
  readonly side: Side;
  /** The author's role as the server names it (`CUSTOMER`, `AGENT`, `SYSTEM` …). */
  readonly role: AuthorRole;
  readonly authorName: string | null;
  readonly text: string;
  readonly at: string | null;
  readonly attachments: readonly AttachmentInfo[];
  /** The visitor's own messages only. */
  readonly delivery: Delivery | null;
  /** Why the server refused it (`failed` only). */
  readonly error: string | null;
}

export function sideOf(message: ServerMessage): Side {
  if (message.kind === 'EVENT' || message.author.role === 'SYSTEM') {
    return 'system';
  }
  return message.author.role === 'CUSTOMER' ? 'customer' : 'agent';
}

export function fromServer(message: ServerMessage): ChatMessage {
  const side = sideOf(message);
  return {
    seq: message.seq,
    clientId: message.clientId ?? null,
    side,
    role: message.author.role,
    authorName: message.author.name ?? null,
    text: typeof message.text === 'string' ? message.text : '',
    at: message.at ?? null,
    attachments: message.attachments ?? [],
    delivery: side === 'customer' ? 'sent' : null,
    error: null,
  };
}
