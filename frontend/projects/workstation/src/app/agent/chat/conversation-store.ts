import { HttpErrorResponse } from '@angular/common/http';
import {
  DestroyRef,
  Injectable,
  Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Cancel, Clock, Frame } from '@parley/shared';
import { firstValueFrom } from 'rxjs';
import { ChatApi, ChatMessage, ConversationInfo, NewMessage } from '../../chat/chat-api';
import {
  PendingMessage,
  isFromCustomer,
  lastSeqOf,
  mergeMessages,
  newClientId,
} from '../../chat/messages';
import { CLOCK } from '../../core/time/clock';
import { ActiveContact } from '../agent-api';
import { AgentDesk } from '../agent-desk';
import { Chime } from '../notices/chime';
import { PageVisibility } from '../notices/page-visibility';

/** A chat contact of the agent's, with the conversation it carries. */
export type ChatContact = ActiveContact & { readonly conversationId: string };

export function isChat(contact: ActiveContact): contact is ChatContact {
  return contact.channel === 'CHAT' && typeof contact.conversationId === 'string';
}

/** What the workstation shows of one conversation. */
export interface Conversation {
  readonly id: string;
  readonly messages: Signal<readonly ChatMessage[]>;
  /** Sent by this workstation, not stored yet. */
  readonly pending: Signal<readonly PendingMessage[]>;
  /** Customer messages the agent has not had in view. */
  readonly unread: Signal<number>;
  /** Who is typing (a name, or '' when the server gave none), or null. */
  readonly typing: Signal<string | null>;
  /** The customer has read the agents' messages up to this seq. */
  readonly readByCustomer: Signal<number>;
  readonly info: Signal<ConversationInfo | null>;
  /** The last read of the messages failed (the next reconnect or tab opening tries again). */
  readonly loadFailed: Signal<boolean>;
}

/** A typing indicator whose stop frame got lost goes away by itself after this long. */
export const TYPING_EXPIRES_MS = 30_000;
/** Retries of a message that could not reach the server: 1 s, 2 s, 4 s … at most this. */
export const MAX_RETRY_MS = 15_000;

/**
 * The agent's chats: per conversation the messages (each seq once, in seq order), the highest
 * seq held, what was sent and not yet stored, unread counts, typing and read receipts, all as
 * signals. Provided by the workstation next to `AgentDesk`, whose socket feeds it.
 *
 * Invariants: a conversation is followed exactly while one of the agent's contacts carries it.
 * Messages are only ever added, by seq, so a frame and a read that overlap cannot double or
 * reorder anything. After every (re)connect, on opening a tab and on a gap in the seqs, the
 * messages after the highest seq held are read. A message keeps its `clientId` until stored, so
 * a retry after a network failure cannot double it (the server dedupes by `clientId`).
 */
@Injectable()
export class ConversationStore {
  private readonly api = inject(ChatApi);
  private readonly desk = inject(AgentDesk);
  private readonly clock = inject(CLOCK);
  private readonly chime = inject(Chime);
  private readonly visibility = inject(PageVisibility);

  private readonly entries = signal<ReadonlyMap<string, Entry>>(new Map());
  private readonly chosen = signal<string | null>(null);

  /** The agent's chat contacts (ACTIVE or WRAP_UP), in the order the server lists them. */
  readonly chats = computed(() => this.desk.state()?.contacts.filter(isChat) ?? []);
  /** The selected chat's conversation: the one chosen while it lasts, else the first. */
  readonly selected = computed(() => {
    const chats = this.chats();
    const chosen = this.chosen();
    return chats.some((c) => c.conversationId === chosen)
      ? chosen
      : (chats[0]?.conversationId ?? null);
  });
  /** The conversation in front of the agent: the selected one, while the page is visible. */
  readonly inView = computed(() => (this.visibility.visible() ? this.selected() : null));
  readonly totalUnread = computed(() =>
    Array.from(this.entries().values()).reduce((sum, entry) => sum + entry.unread(), 0),
  );

  constructor() {
    this.desk.listen({ frame: (frame) => this.receive(frame), open: () => this.syncAll() });
    effect(() => {
      const ids = this.chats().map((chat) => chat.conversationId);
      untracked(() => this.follow(ids));
    });
    // What is in view is seen: its unread count drops, and the customer learns it was read.
    effect(() => {
      const id = this.inView();
      const entry = id === null ? undefined : this.entries().get(id);
      if (entry) {
        entry.messages();
        untracked(() => this.markSeen(entry));
      }
    });
    inject(DestroyRef).onDestroy(() => this.entries().forEach((entry) => entry.close()));
  }

  conversation(id: string): Conversation | null {
    return this.entries().get(id) ?? null;
  }

  /** Opens a tab: it becomes the selected one and its messages are brought up to date. */
  select(conversationId: string): void {
    this.chosen.set(conversationId);
    const entry = this.entries().get(conversationId);
    if (entry) {
      this.sync(entry, entry.lastSeq());
    }
  }

  send(conversationId: string, kind: 'TEXT' | 'NOTE', text: string): void {
    const entry = this.entries().get(conversationId);
    if (entry) {
      const clientId = newClientId();
      entry.outgoing.set(clientId, { clientId, kind, text, attachments: [] });
      entry.addPending({ clientId, kind, text, fileName: null, status: 'sending', error: null });
      this.post(entry, clientId);
    }
  }

  /** Uploads the file, then sends a message that carries it (with `text`, which may be empty). */
  sendFile(conversationId: string, file: File, text: string): void {
    const entry = this.entries().get(conversationId);
    if (entry) {
      const clientId = newClientId();
      entry.files.set(clientId, file);
      entry.addPending({
        clientId,
        kind: 'TEXT',
        text,
        fileName: file.name,
        status: 'uploading',
        error: null,
      });
      void this.upload(entry, clientId, text);
    }
  }

  /** Sends a failed message again, with its `clientId`. */
  retry(conversationId: string, clientId: string): void {
    const entry = this.entries().get(conversationId);
    if (!entry) {
      return;
    }
    const pending = entry.pending().find((p) => p.clientId === clientId);
    if (pending && !entry.outgoing.has(clientId)) {
      entry.setStatus(clientId, 'uploading', null);
      void this.upload(entry, clientId, pending.text);
    } else {
      this.post(entry, clientId);
    }
  }

  discard(conversationId: string, clientId: string): void {
    this.entries().get(conversationId)?.settle(clientId);
  }

  /** Tells the customer the agent is typing in the conversation, or stopped. */
  typing(conversationId: string, active: boolean): void {
    this.desk.send({ type: 'typing', conversationId, active });
  }

  private receive(frame: Frame): void {
    const entry =
      typeof frame['conversationId'] === 'string'
        ? this.entries().get(frame['conversationId'])
        : undefined;
    if (!entry) {
      return;
    }
    if (frame.type === 'chatMessage' && isMessage(frame['message'])) {
      const before = entry.lastSeq();
      const added = this.add(entry, [frame['message']]);
      if (added && frame['message'].seq > before + 1) {
        // Something was missed in between: read what came after what was held.
        this.sync(entry, before);
      }
    } else if (frame.type === 'chatTyping') {
      const name = typeof frame['name'] === 'string' ? frame['name'] : '';
      entry.showTyping(frame['active'] === true ? name : null, this.clock);
    } else if (frame.type === 'chatRead' && typeof frame['seq'] === 'number') {
      const seq = frame['seq'];
      entry.readByCustomer.update((read) => Math.max(read, seq));
    }
  }

  /** Adds messages; says whether any was new. Chimes for new customer messages out of view. */
  private add(entry: Entry, messages: readonly ChatMessage[]): boolean {
    const before = entry.messages();
    const after = mergeMessages(before, messages);
    if (after === before) {
      return false;
    }
    entry.messages.set(after);
    const fresh = messages.filter((m) => !before.some((b) => b.seq === m.seq));
    fresh.forEach((m) => m.clientId !== null && entry.settle(m.clientId));
    if (fresh.some(isFromCustomer)) {
      entry.showTyping(null, this.clock);
      if (entry.loaded && this.inView() !== entry.id) {
        this.chime.play();
      }
    }
    return true;
  }

  private follow(ids: readonly string[]): void {
    const current = this.entries();
    if (ids.length === current.size && ids.every((id) => current.has(id))) {
      return;
    }
    const next = new Map<string, Entry>();
    for (const id of ids) {
      const known = current.get(id);
      if (known) {
        next.set(id, known);
      } else {
        const entry = new Entry(id);
        next.set(id, entry);
        this.sync(entry, 0);
        this.loadInfo(entry);
      }
    }
    current.forEach((entry, id) => !next.has(id) && entry.close());
    this.entries.set(next);
  }

  private syncAll(): void {
    this.entries().forEach((entry) => {
      this.sync(entry, entry.lastSeq());
      // Messages waiting for a retry need not wait any longer.
      entry
        .pending()
        .filter((p) => p.status === 'retrying')
        .forEach((p) => this.post(entry, p.clientId));
    });
  }

  /** Reads the messages after `after`; one read at a time per conversation, repeated if asked. */
  private sync(entry: Entry, after: number): void {
    entry.wantAfter = Math.min(entry.wantAfter ?? after, after);
    if (!entry.fetching) {
      void this.fetch(entry);
    }
  }

  private async fetch(entry: Entry): Promise<void> {
    entry.fetching = true;
    try {
      while (entry.wantAfter !== null && !entry.closed) {
        const after = entry.wantAfter;
        entry.wantAfter = null;
        try {
          this.add(entry, await firstValueFrom(this.api.messages(entry.id, after)));
          entry.loadFailed.set(false);
        } catch {
          entry.loadFailed.set(true);
        }
        entry.loaded = true;
      }
    } finally {
      entry.fetching = false;
    }
  }

  private loadInfo(entry: Entry): void {
    this.api.conversation(entry.id).subscribe({
      next: (info) => entry.info.set(info),
      // The panel says the details are not available; the chat works without them.
      error: () => undefined,
    });
  }

  private markSeen(entry: Entry): void {
    const messages = entry.messages();
    const last = lastSeqOf(messages);
    entry.seenSeq.set(last);
    const posted = entry.readPosted;
    if (messages.some((m) => m.seq > posted && isFromCustomer(m))) {
      entry.readPosted = last;
      this.api.read(entry.id, last).subscribe({
        error: () => (entry.readPosted = Math.min(entry.readPosted, posted)),
      });
    }
  }

  private async upload(entry: Entry, clientId: string, text: string): Promise<void> {
    const file = entry.files.get(clientId);
    if (!file) {
      return;
    }
    try {
      const attachment = await firstValueFrom(this.api.upload(entry.id, file));
      entry.files.delete(clientId);
      entry.outgoing.set(clientId, { clientId, kind: 'TEXT', text, attachments: [attachment.id] });
      this.post(entry, clientId);
    } catch (error: unknown) {
      entry.setStatus(clientId, 'failed', describeUpload(error));
    }
  }

  private post(entry: Entry, clientId: string): void {
    const message = entry.outgoing.get(clientId);
    if (!message || entry.closed) {
      return;
    }
    entry.cancelRetry(clientId);
    entry.setStatus(clientId, 'sending', null);
    this.api.post(entry.id, message).subscribe({
      next: (stored) => {
        this.add(entry, [stored]);
        entry.settle(clientId);
      },
      error: (error: unknown) => {
        if (worthRetrying(error)) {
          entry.setStatus(clientId, 'retrying', null);
          entry.scheduleRetry(clientId, this.clock, () => this.post(entry, clientId));
        } else {
          entry.setStatus(clientId, 'failed', describeSend(error));
        }
      },
    });
  }
}

/** One followed conversation's state. */
class Entry implements Conversation {
  readonly messages = signal<readonly ChatMessage[]>([]);
  readonly pending = signal<readonly PendingMessage[]>([]);
  readonly seenSeq = signal(0);
  readonly readByCustomer = signal(0);
  readonly typing = signal<string | null>(null);
  readonly info = signal<ConversationInfo | null>(null);
  readonly loadFailed = signal(false);
  readonly lastSeq = computed(() => lastSeqOf(this.messages()));
  readonly unread = computed(() => {
    const seen = this.seenSeq();
    return this.messages().filter((m) => m.seq > seen && isFromCustomer(m)).length;
  });

  /** Bodies ready to (re)send, by `clientId`; files still to upload. */
  readonly outgoing = new Map<string, NewMessage>();
  readonly files = new Map<string, File>();
  fetching = false;
  /** Read the messages after this seq when the current read is done. */
  wantAfter: number | null = null;
  /** The first read has answered (after it, new customer messages chime). */
  loaded = false;
  readPosted = 0;
  closed = false;
  private readonly retries = new Map<string, { cancel: Cancel; attempts: number }>();
  private stopTyping: Cancel | null = null;

  constructor(readonly id: string) {}

  addPending(message: PendingMessage): void {
    this.pending.update((pending) => [...pending, message]);
  }

  setStatus(clientId: string, status: PendingMessage['status'], error: string | null): void {
    this.pending.update((pending) =>
      pending.map((p) => (p.clientId === clientId ? { ...p, status, error } : p)),
    );
  }

  /** The message is stored (or given up): forget it. */
  settle(clientId: string): void {
    this.cancelRetry(clientId);
    this.retries.delete(clientId);
    this.outgoing.delete(clientId);
    this.files.delete(clientId);
    if (this.pending().some((p) => p.clientId === clientId)) {
      this.pending.update((pending) => pending.filter((p) => p.clientId !== clientId));
    }
  }

  scheduleRetry(clientId: string, clock: Clock, task: () => void): void {
    const attempts = (this.retries.get(clientId)?.attempts ?? 0) + 1;
    const delay = Math.min(1_000 * 2 ** (attempts - 1), MAX_RETRY_MS);
    this.retries.set(clientId, { attempts, cancel: clock.schedule(delay, task) });
  }

  cancelRetry(clientId: string): void {
    this.retries.get(clientId)?.cancel();
  }

  showTyping(name: string | null, clock: Clock): void {
    this.stopTyping?.();
    this.stopTyping = null;
    this.typing.set(name);
    if (name !== null) {
      this.stopTyping = clock.schedule(TYPING_EXPIRES_MS, () => this.typing.set(null));
    }
  }

  close(): void {
    this.closed = true;
    this.retries.forEach((retry) => retry.cancel());
    this.retries.clear();
    this.stopTyping?.();
  }
}

function isMessage(value: unknown): value is ChatMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { seq?: unknown }).seq === 'number' &&
    typeof (value as { author?: unknown }).author === 'object'
  );
}

/** No answer, or the server was busy or failing: nothing was stored, the same message may go again. */
function worthRetrying(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500);
}

function serverMessage(error: unknown): string | null {
  if (error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error) {
    const message = (error.error as { error?: unknown }).error;
    if (typeof message === 'string' && message.trim() !== '') {
      return message;
    }
  }
  return null;
}

function describeSend(error: unknown): string {
  return serverMessage(error) ?? 'the message was refused.';
}

function describeUpload(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 413) {
      return 'the file is too large.';
    }
    if (error.status === 415) {
      return 'this type of file cannot be sent.';
    }
  }
  return serverMessage(error) ?? 'the file could not be uploaded.';
}
