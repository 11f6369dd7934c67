/**
 * The visitor side of docs/chat-protocol.md as types: what the server sends on
 * `/ws/visitor/{entryPoint}` and what a message looks like. Fields the widget does not read are
 * left out (the contract says unknown fields are ignored).
 */

export type AuthorRole = 'CUSTOMER' | 'AGENT' | 'EXPERT' | 'SUPERVISOR' | 'SYSTEM';

/** A stored file, as an upload answers it and as messages carry it. */
export interface AttachmentInfo {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** A message as the server stores it. */
export interface ServerMessage {
  readonly seq: number;
  readonly author: { readonly role: AuthorRole; readonly name?: string | null };
  readonly kind: 'TEXT' | 'NOTE' | 'EVENT';
  readonly visibility?: 'ALL' | 'AGENTS';
  readonly text: string;
  readonly at: string;
  readonly clientId?: string | null;
  readonly attachments?: readonly AttachmentInfo[] | null;
}

/** Where a conversation stands, as `status` frames and `welcome` say. */
export type ConversationStatus =
  'QUEUED' | 'ACTIVE' | 'ENDED' | 'OFFLINE' | 'MESSAGE_LEFT' | 'VOICEMAIL';

export interface WelcomeFrame {
  readonly type: 'welcome';
  readonly token: string;
  readonly conversation: {
    readonly id: string;
    readonly status: ConversationStatus;
    readonly agentName?: string | null;
  } | null;
}

export interface MessageFrame {
  readonly type: 'message';
  readonly conversationId: string;
  readonly message: ServerMessage;
}

export interface AckFrame {
  readonly type: 'ack';
  readonly clientId: string;
  readonly seq: number;
  readonly at: string;
}

export interface StatusFrame {
  readonly type: 'status';
  readonly status: ConversationStatus;
  readonly agentName?: string | null;
  readonly text?: string | null;
  /** Not in the contract (yet); read if the server sends it, so uploads can start earlier. */
  readonly conversationId?: string | null;
}

export interface QueueFrame {
  readonly type: 'queue';
  readonly position: number;
  readonly estimatedWaitSeconds: number | null;
  /** A caller may leave the call and keep the place (the queue's virtual hold). */
  readonly keepPlace?: boolean;
}

export interface TypingFrame {
  readonly type: 'typing';
  readonly name?: string | null;
  readonly active: boolean;
}

export interface SeqFrame {
  readonly type: 'delivered' | 'read';
  readonly seq: number;
}

export interface ErrorFrame {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
  readonly clientId?: string | null;
}

export type ServerFrame =
  | WelcomeFrame
  | MessageFrame
  | AckFrame
  | StatusFrame
  | QueueFrame
  | TypingFrame
  | SeqFrame
  | ErrorFrame
  | { readonly type: 'pong'; readonly seq: number };
