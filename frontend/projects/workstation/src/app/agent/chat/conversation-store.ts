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
import { Frame } from '@parley/shared';
import { firstValueFrom } from 'rxjs';
import { ChatApi, ChatMessage, ConversationInfo } from '../../chat/chat-api';
import {
  PendingMessage,
  isFromCustomer,
  lastSeqOf,
  mergeMessages,
  newClientId,
} from '../../chat/messages';
import { Entry, describeSend, describeUpload, worthRetrying } from './conversation-entry';
import { CLOCK } from '../../core/time/clock';
import { ActiveContact } from '../agent-api';
import { isCall } from '../call/call-contact';
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
  private readonly pinned = signal<ReadonlySet<string>>(new Set());

  /** The agent's chat contacts (ACTIVE or WRAP_UP), in the order the server lists them. */
  readonly chats = computed(() => this.desk.state()?.contacts.filter(isChat) ?? []);
  /** Every conversation followed: the chats', and the calls' (their chat side-channel). */
  private readonly followed = computed(() =>
    (this.desk.state()?.contacts ?? [])
      .filter((contact) => isChat(contact) || isCall(contact))
      .map((contact) => contact.conversationId as string),
  );
  /** The selected chat's conversation: the one chosen while it lasts, else the first. */
  readonly selected = computed(() => {
    const chats = this.chats();
    const chosen = this.chosen();
    return chats.some((c) => c.conversationId === chosen)
      ? chosen
      : (chats[0]?.conversationId ?? null);
  });
  /**
   * The conversations in front of the agent while the page is visible: the selected chat, and
   * the chat side-channel of every call panel on screen.
   */
  readonly inView = computed<readonly string[]>(() => {
    if (!this.visibility.visible()) {
      return [];
    }
    const selected = this.selected();
    return selected === null ? [...this.pinned()] : [selected, ...this.pinned()];
  });
  readonly totalUnread = computed(() =>
    Array.from(this.entries().values()).reduce((sum, entry) => sum + entry.unread(), 0),
  );

  constructor() {
    this.desk.listen({ frame: (frame) => this.receive(frame), open: () => this.syncAll() });
    effect(() => {
      const ids = this.followed();
      untracked(() => this.follow(ids));
    });
    // What is in view is seen: its unread count drops, and the customer learns it was read.
    effect(() => {
      for (const id of this.inView()) {
        const entry = this.entries().get(id);
        if (entry) {
          entry.messages();
          untracked(() => this.markSeen(entry));
        }
      }
    });
    inject(DestroyRef).onDestroy(() => this.entries().forEach((entry) => entry.close()));
  }

  /** Keeps a conversation in view (a call's side-channel on screen) until the returned call. */
  pin(conversationId: string): () => void {
    this.pinned.update((ids) => new Set(ids).add(conversationId));
    return () =>
      this.pinned.update((ids) => {
        const next = new Set(ids);
        next.delete(conversationId);
        return next;
      });
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
      if (entry.loaded && !this.inView().includes(entry.id)) {
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

function isMessage(value: unknown): value is ChatMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { seq?: unknown }).seq === 'number' &&
    typeof (value as { author?: unknown }).author === 'object'
  );
}
