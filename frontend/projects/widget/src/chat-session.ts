import {
  Cancel,
  Clock,
  ConnectionStatus,
  Frame,
  ReconnectingSocket,
  WebSocketFactory,
} from '@parley/shared';
import { ChatMessage, Delivery, fromServer } from './chat-message';
import { ChatStore } from './chat-store';
import { newClientId } from './client-id';
import {
  AttachmentInfo,
  ConversationStatus,
  ErrorFrame,
  MessageFrame,
  ServerFrame,
  StatusFrame,
  WelcomeFrame,
} from './protocol';

/**
 * Where the visitor's chat stands. `NEW`: no chat (greeting, menu, pre-chat form). `RESUMING`:
 * a reload found a chat in storage and waits for `welcome` to say what became of it.
 * `STARTING`: `start` is sent, no `status` yet. The rest are the server's statuses.
 */
export type ChatPhase = 'NEW' | 'RESUMING' | 'STARTING' | ConversationStatus;

export interface QueuePlace {
  /** 1 = next. */
  readonly position: number;
  readonly estimatedWaitSeconds: number | null;
}

/** Everything the widget renders from, as one immutable snapshot. */
export interface ChatState {
  readonly connection: ConnectionStatus | 'idle';
  readonly phase: ChatPhase;
  /** The `text` of the last `status` frame (e.g. why the chat is offline). */
  readonly statusText: string | null;
  readonly agentName: string | null;
  readonly conversationId: string | null;
  readonly queue: QueuePlace | null;
  /** Stored messages in `seq` order, then the visitor's messages still without one. */
  readonly messages: readonly ChatMessage[];
  /** Name of the agent who is typing right now. */
  readonly agentTyping: string | null;
  /** The last refusal that was not about a particular message (e.g. rate limited). */
  readonly notice: string | null;
  /** Set when the server refused the socket for good (close 1008): no chat on this page. */
  readonly refused: string | null;
  readonly rated: boolean;
  readonly transcriptEmail: string | null;
}

export interface ChatSessionOptions {
  /** `ws(s)://…/ws/visitor/{entryPoint}`. */
  readonly url: string;
  readonly factory: WebSocketFactory;
  readonly clock: Clock;
  readonly store: ChatStore;
  /** Called after every change of `state`. */
  readonly onChange: () => void;
  /** Every frame of the server, after the chat took what it needs (the call reads its own). */
  readonly onFrame?: (frame: Frame) => void;
  readonly newId?: () => string;
}

/** An agent's typing indicator goes away after this long without news (a lost `active: false`). */
export const AGENT_TYPING_TIMEOUT_MS = 30_000;

/** Close code of a socket whose page origin the entry point does not allow. */
const POLICY_VIOLATION = 1008;
/** Close code of a frame above the server's limit (16 KiB). */
const TOO_BIG = 1009;

const DELIVERY_RANK: Record<Delivery, number> = {
  failed: -1,
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
};

/**
 * The visitor's side of the chat protocol (docs/chat-protocol.md), free of any framework so it
 * can be tested with a fake socket and clock. It owns the socket and the stored chat; the widget
 * calls its actions and renders `state`.
 *
 * Invariants: `hello` is the first frame on every connection, and nothing else goes out before
 * `welcome`; a message seen once (by `seq`, or by `clientId` for the visitor's own) is shown once;
 * a message of the visitor's stays `pending` until its `ack` and is sent again, with the same
 * `clientId`, after every `welcome` until then; `lastSeq` is the highest `seq` of the
 * `message` frames taken, and it and the messages are stored together.
 */
export class ChatSession {
  private current: ChatState;
  private socket: ReconnectingSocket | null = null;
  private token: string | null;
  private lastSeq: number;
  private readSent = 0;
  /** True while there is (or a reload may find) a conversation to resume. */
  private inChat: boolean;
  private welcomed = false;
  /** Frames the visitor asked for while the socket was not ready; sent after `welcome`. */
  private outbox: Frame[] = [];
  private startFrame: Frame | null = null;
  private cancelTyping: Cancel | null = null;
  private readonly newId: () => string;

  constructor(private readonly options: ChatSessionOptions) {
    this.newId = options.newId ?? (() => newClientId());
    const stored = options.store.load();
    this.token = stored.token;
    this.lastSeq = stored.lastSeq;
    this.inChat = stored.inChat;
    this.current = {
      connection: 'idle',
      phase: this.inChat ? 'RESUMING' : 'NEW',
      statusText: null,
      agentName: null,
      conversationId: stored.conversationId,
      queue: null,
      messages: stored.messages,
      agentTyping: null,
      notice: null,
      refused: null,
      rated: false,
      transcriptEmail: null,
    };
  }

  get state(): ChatState {
    return this.current;
  }

  /** The token for upload and download requests (`Authorization: Bearer …`). */
  get bearerToken(): string | null {
    return this.token;
  }

  /** Whether storage holds a chat that a reload should pick up at once. */
  get resumable(): boolean {
    return this.inChat;
  }

  /** Opens the socket (once); it reconnects by itself until `disconnect()`. */
  connect(): void {
    if (this.socket || this.current.refused) {
      return;
    }
    this.socket = new ReconnectingSocket(
      {
        url: this.options.url,
        factory: this.options.factory,
        clock: this.options.clock,
        closeReason: 'widget closed',
      },
      {
        frame: (frame) => {
          this.receive(frame as ServerFrame);
          this.options.onFrame?.(frame);
        },
        open: () => this.opened(),
        close: (event) => this.closed(event),
        status: (status) => this.update({ connection: status }),
      },
    );
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
    this.welcomed = false;
    this.cancelTyping?.();
  }

  /** Starts a chat (or a call, by `channel`) through menu leaf `option` (null without a menu). */
  start(
    option: string | null,
    name: string | null,
    email: string | null,
    channel: 'CHAT' | 'VOICE' | 'VIDEO' = 'CHAT',
  ): void {
    this.inChat = true;
    this.lastSeq = 0;
    this.readSent = 0;
    this.startFrame =
      channel === 'CHAT'
        ? { type: 'start', option, name, email }
        : { type: 'start', option, name, email, channel };
    this.update({
      phase: 'STARTING',
      conversationId: null,
      messages: [],
      notice: null,
      queue: null,
      agentName: null,
      statusText: null,
      rated: false,
      transcriptEmail: null,
    });
    this.persist();
    this.sendOrQueue(this.startFrame);
  }

  /** Sends a message of the visitor's; it shows as pending until the server acknowledges it. */
  send(text: string, attachments: readonly AttachmentInfo[] = []): string {
    const clientId = this.newId();
    const message: ChatMessage = {
      seq: null,
      clientId,
      side: 'customer',
      role: 'CUSTOMER',
      authorName: null,
      text,
      at: null,
      attachments,
      delivery: 'pending',
      error: null,
    };
    this.update({ messages: [...this.current.messages, message], notice: null });
    this.persist();
    this.transmit(message);
    return clientId;
  }

  /** Tries a failed message again, with its `clientId`. */
  retry(clientId: string): void {
    const message = this.find(clientId);
    if (message?.delivery === 'failed') {
      this.replace(message, { ...message, delivery: 'pending', error: null });
      this.transmit(message);
    }
  }

  /** Sends a frame of another protocol on this socket (the call's); false while it is down. */
  sendFrame(frame: Frame): boolean {
    return this.sendNow(frame);
  }

  typing(active: boolean): void {
    this.sendNow({ type: 'typing', active });
  }

  /** The visitor has seen every message so far (the panel is open). */
  markRead(): void {
    if (this.current.conversationId && this.lastSeq > this.readSent) {
      if (this.sendNow({ type: 'read', seq: this.lastSeq })) {
        this.readSent = this.lastSeq;
      }
    }
  }

  end(): void {
    this.sendOrQueue({ type: 'end' });
  }

  rate(score: number, comment: string): void {
    this.sendOrQueue(comment ? { type: 'rate', score, comment } : { type: 'rate', score });
    this.update({ rated: true });
  }

  requestTranscript(email: string): void {
    this.sendOrQueue({ type: 'transcript', email });
    this.update({ transcriptEmail: email });
  }

  leaveMessage(name: string, email: string, text: string): void {
    this.sendOrQueue({ type: 'leaveMessage', name, email, text });
  }

  /** Back to the greeting after a chat ended, for a new one. */
  startOver(): void {
    this.inChat = false;
    this.lastSeq = 0;
    this.readSent = 0;
    this.startFrame = null;
    this.update({
      phase: 'NEW',
      conversationId: null,
      messages: [],
      queue: null,
      agentName: null,
      agentTyping: null,
      statusText: null,
      notice: null,
      rated: false,
      transcriptEmail: null,
    });
    this.persist();
  }

  private opened(): void {
    this.welcomed = false;
    this.socket?.send({ type: 'hello', token: this.token, lastSeq: this.lastSeq });
  }

  private closed(event: CloseEvent): void {
    this.welcomed = false;
    this.setAgentTyping(null);
    if (event.code === POLICY_VIOLATION) {
      const refused = `Parley widget: the server refused the chat socket (${event.reason || 'close 1008'}): this page's origin is not allowed for the entry point.`;
      console.error(refused);
      this.socket?.close();
      this.socket = null;
      this.update({ refused });
    } else if (event.code === TOO_BIG) {
      // Sending it again would close the socket again.
      this.update({
        messages: this.current.messages.map((message) =>
          message.delivery === 'pending'
            ? { ...message, delivery: 'failed', error: 'This message is too large to send.' }
            : message,
        ),
      });
    }
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        return this.welcome(frame);
      case 'message':
        return this.message(frame);
      case 'ack': {
        const message = this.find(frame.clientId);
        if (message) {
          this.replace(message, {
            ...message,
            seq: frame.seq,
            at: frame.at,
            delivery: higher(message.delivery, 'sent'),
            error: null,
          });
        }
        return;
      }
      case 'status':
        return this.status(frame);
      case 'queue':
        this.update({
          queue: { position: frame.position, estimatedWaitSeconds: frame.estimatedWaitSeconds },
        });
        return;
      case 'typing':
        return this.setAgentTyping(frame.active ? frame.name || 'The agent' : null);
      case 'delivered':
      case 'read': {
        const reached = frame.type;
        const upTo = frame.seq;
        this.update({
          messages: this.current.messages.map((message) =>
            message.side === 'customer' && message.seq !== null && message.seq <= upTo
              ? { ...message, delivery: higher(message.delivery, reached) }
              : message,
          ),
        });
        return;
      }
      case 'error':
        return this.error(frame);
    }
  }

  private welcome(frame: WelcomeFrame): void {
    this.token = frame.token;
    this.welcomed = true;
    const conversation = frame.conversation;
    if (conversation) {
      this.inChat = true;
      if (this.current.conversationId && this.current.conversationId !== conversation.id) {
        this.clearConversation();
      }
      this.update({
        phase: conversation.status,
        conversationId: conversation.id,
        agentName: conversation.agentName ?? this.current.agentName,
      });
    } else if (this.current.phase === 'STARTING') {
      // The `start` sent on an earlier connection never made it.
      if (this.startFrame && !this.outbox.includes(this.startFrame)) {
        this.outbox.unshift(this.startFrame);
      }
    } else if (!['ENDED', 'OFFLINE', 'MESSAGE_LEFT', 'VOICEMAIL'].includes(this.current.phase)) {
      // The stored chat is over (or never was): start afresh.
      this.inChat = false;
      this.clearConversation();
      this.update({ phase: 'NEW', conversationId: null });
    }
    this.persist();
    const outbox = this.outbox;
    this.outbox = [];
    outbox.forEach((queued) => this.sendNow(queued));
    this.current.messages
      .filter((message) => message.delivery === 'pending')
      .forEach((message) => this.transmit(message));
  }

  private message(frame: MessageFrame): void {
    const incoming = frame.message;
    if (!incoming || incoming.visibility === 'AGENTS' || incoming.kind === 'NOTE') {
      return;
    }
    if (this.current.conversationId && this.current.conversationId !== frame.conversationId) {
      this.clearConversation();
    }
    this.current = { ...this.current, conversationId: frame.conversationId };
    if (incoming.seq <= this.lastSeq) {
      return;
    }
    this.lastSeq = incoming.seq;
    const shown = fromServer(incoming);
    const own = shown.clientId ? this.find(shown.clientId) : undefined;
    if (own) {
      this.replace(own, { ...shown, delivery: higher(own.delivery, 'sent') });
    } else {
      this.update({ messages: [...this.current.messages, shown].sort(bySeq) });
    }
    if (shown.side === 'agent') {
      this.setAgentTyping(null);
    }
    this.persist();
  }

  private status(frame: StatusFrame): void {
    if (frame.status === 'QUEUED' || frame.status === 'ACTIVE') {
      this.startFrame = null;
    }
    this.update({
      phase: frame.status,
      statusText: frame.text ?? null,
      agentName: frame.agentName ?? this.current.agentName,
      conversationId: frame.conversationId ?? this.current.conversationId,
      queue: frame.status === 'QUEUED' ? this.current.queue : null,
    });
    if (frame.status !== 'ACTIVE') {
      this.setAgentTyping(null);
    }
    this.persist();
  }

  private error(frame: ErrorFrame): void {
    const message = frame.clientId ? this.find(frame.clientId) : undefined;
    if (message) {
      this.replace(message, { ...message, delivery: 'failed', error: frame.message });
    } else if (this.current.phase === 'STARTING') {
      // The chat could not start (e.g. LIMIT_REACHED, BUSY): back to the start form.
      this.startFrame = null;
      this.inChat = false;
      this.update({ phase: 'NEW', notice: frame.message });
    } else {
      this.update({ notice: frame.message });
    }
  }

  private transmit(message: ChatMessage): void {
    this.sendNow({
      type: 'message',
      clientId: message.clientId,
      text: message.text,
      attachments: message.attachments.map((attachment) => attachment.id),
    });
  }

  /** Sends `frame` if the socket is up and welcomed; says whether it did. */
  private sendNow(frame: Frame): boolean {
    return this.welcomed && (this.socket?.send(frame) ?? false);
  }

  private sendOrQueue(frame: Frame): void {
    this.connect();
    if (!this.sendNow(frame)) {
      this.outbox.push(frame);
    }
  }

  private setAgentTyping(name: string | null): void {
    this.cancelTyping?.();
    this.cancelTyping = name
      ? this.options.clock.schedule(AGENT_TYPING_TIMEOUT_MS, () => this.setAgentTyping(null))
      : null;
    if (this.current.agentTyping !== name) {
      this.update({ agentTyping: name });
    }
  }

  private clearConversation(): void {
    this.lastSeq = 0;
    this.readSent = 0;
    this.current = { ...this.current, messages: [], rated: false, transcriptEmail: null };
  }

  /** The visitor's own message with `clientId` (agents' client ids are theirs, not ours). */
  private find(clientId: string): ChatMessage | undefined {
    return this.current.messages.find(
      (message) => message.side === 'customer' && message.clientId === clientId,
    );
  }

  private replace(old: ChatMessage, next: ChatMessage): void {
    this.update({
      messages: this.current.messages
        .map((message) => (message === old ? next : message))
        .sort(bySeq),
    });
    this.persist();
  }

  private persist(): void {
    this.options.store.save({
      token: this.token,
      lastSeq: this.lastSeq,
      conversationId: this.inChat ? this.current.conversationId : null,
      inChat: this.inChat,
      messages: this.inChat ? this.current.messages : [],
    });
  }

  private update(change: Partial<ChatState>): void {
    this.current = { ...this.current, ...change };
    this.options.onChange();
  }
}

function higher(current: Delivery | null, reached: Delivery): Delivery {
  if (current === null || current === 'failed') {
    return reached;
  }
  return DELIVERY_RANK[reached] > DELIVERY_RANK[current] ? reached : current;
}

/** Stored messages by `seq`; messages without one (not acknowledged yet) after them. */
function bySeq(a: ChatMessage, b: ChatMessage): number {
  if (a.seq === null || b.seq === null) {
    return a.seq === b.seq ? 0 : a.seq === null ? 1 : -1;
  }
  return a.seq - b.seq;
}
