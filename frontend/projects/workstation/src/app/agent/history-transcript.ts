import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { Component, computed, input } from '@angular/core';
import { ChatMessage, transcriptUrl } from '../chat/chat-api';
import { MessageList } from '../chat/message-list';
import { PastContact } from './agent-api';

/**
 * The transcript of an earlier contact: its conversation's messages, read when opened. Only chats
 * have a conversation; for anything else, or a chat whose conversation is gone, it says so.
 */
@Component({
  selector: 'parley-history-transcript',
  imports: [MessageList],
  template: `
    @if (contact().channel !== 'CHAT' || status() === 404) {
      <p class="note" data-testid="history-no-conversation">This contact has no conversation.</p>
    } @else if (transcript.isLoading()) {
      <p class="note" role="status">Loading the transcript…</p>
    } @else if (status() === 403) {
      <p class="note" data-testid="history-forbidden">You may not read this conversation.</p>
    } @else if (transcript.error()) {
      <p class="note error" role="alert">The transcript could not be read.</p>
    } @else {
      <parley-message-list [messages]="messages()" />
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0.25rem 0 0.5rem;
    }
    .note {
      margin: 0;
      color: var(--parley-muted);
    }
    .note.error {
      color: var(--parley-danger);
    }
    parley-message-list {
      max-height: 16rem;
    }
  `,
})
export class HistoryTranscript {
  readonly contact = input.required<PastContact>();

  protected readonly transcript = httpResource<ChatMessage[]>(() =>
    this.contact().channel === 'CHAT' ? transcriptUrl(this.contact().id) : undefined,
  );
  protected readonly messages = computed(() =>
    this.transcript.hasValue() ? this.transcript.value() : [],
  );
  protected readonly status = computed(() => {
    const error = this.transcript.error();
    return error instanceof HttpErrorResponse ? error.status : null;
  });
}
