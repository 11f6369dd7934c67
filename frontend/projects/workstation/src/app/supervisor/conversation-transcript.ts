import { httpResource } from '@angular/common/http';
import { Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ChatApi, ChatMessage, ConversationInfo, conversationUrl } from '../chat/chat-api';
import { MessageList } from '../chat/message-list';
import { lastSeqOf, mergeMessages } from '../chat/messages';
import { CLOCK } from '../core/time/clock';
import { PastContact } from '../agent/agent-api';
import { CustomerHistory } from '../agent/customer-history';
import { ContactRecordings } from './recordings/contact-recordings';

/** How often the open conversation is read again for what came after the last message. */
export const SUPERVISOR_REFRESH_MS = 5_000;

/**
 * A conversation as a supervisor sees it (`/supervisor/conversations/:id`): every message,
 * internal notes included, read-only. Supervisors get no chat frames, so it asks for what came
 * after the last seq every few seconds. Beside it: the contact's recordings, and the customer's
 * history on every channel, where each earlier contact shows its recordings too.
 */
@Component({
  selector: 'parley-conversation-transcript',
  imports: [ContactRecordings, CustomerHistory, MessageList, RouterLink],
  templateUrl: './conversation-transcript.html',
  styleUrl: './conversation-transcript.css',
})
export class ConversationTranscript {
  private readonly api = inject(ChatApi);

  protected readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { initialValue: '' },
  );
  protected readonly info = httpResource<ConversationInfo>(() =>
    this.id() ? conversationUrl(this.id()) : undefined,
  );
  /** The contact (for its customer's history). */
  protected readonly contact = httpResource<{ readonly contact: PastContact }>(() =>
    this.id() ? `/api/contacts/${encodeURIComponent(this.id())}` : undefined,
  );
  protected readonly customer = computed(() =>
    this.contact.hasValue() ? this.contact.value().contact.customer : null,
  );
  protected readonly messages = signal<readonly ChatMessage[]>([]);
  protected readonly failed = signal(false);
  protected readonly loaded = signal(false);
  protected readonly visitor = computed(() =>
    this.info.hasValue() ? (this.info.value().visitor.name ?? 'Visitor') : null,
  );
  private reading = false;
  private readFor = '';

  constructor() {
    const stop = inject(CLOCK).repeat(SUPERVISOR_REFRESH_MS, () => this.readMore());
    inject(DestroyRef).onDestroy(stop);
    // Read at once, and again from the start when the route names another conversation.
    effect(() => {
      this.id();
      untracked(() => this.readMore());
    });
  }

  protected readMore(): void {
    const id = this.id();
    if (!id || this.reading) {
      return;
    }
    if (id !== this.readFor) {
      this.readFor = id;
      this.messages.set([]);
      this.loaded.set(false);
    }
    this.reading = true;
    this.api.messages(id, lastSeqOf(this.messages())).subscribe({
      next: (messages) => {
        this.reading = false;
        if (id === this.readFor) {
          this.messages.update((held) => mergeMessages(held, messages));
          this.failed.set(false);
          this.loaded.set(true);
        }
      },
      error: () => {
        this.reading = false;
        this.failed.set(true);
        this.loaded.set(true);
      },
    });
  }
}
