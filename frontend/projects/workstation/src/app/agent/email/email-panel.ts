import { Component, computed, effect, inject, input, untracked } from '@angular/core';
import { ActiveContact } from '../agent-api';
import { EmailComposer } from './email-composer';
import { EmailMessage } from './email-api';
import { EmailMessageView } from './email-message';
import { EmailThreadState } from './email-thread';

/**
 * An EMAIL contact on its card: the thread's subject, ticket, customer and mailbox, its messages
 * oldest first, and the reply composer while the contact is active. The thread is kept current by
 * {@link EmailThreadState}.
 */
@Component({
  selector: 'parley-email-panel',
  imports: [EmailComposer, EmailMessageView],
  providers: [EmailThreadState],
  templateUrl: './email-panel.html',
  styleUrl: './email-panel.css',
})
export class EmailPanel {
  protected readonly state = inject(EmailThreadState);

  readonly contact = input.required<ActiveContact>();

  protected readonly contactId = computed(() => this.contact().contactId);
  /** A messaging contact's conversation is its own unless the server names another. */
  protected readonly conversationId = computed(
    () => this.contact().conversationId ?? this.contact().contactId,
  );
  protected readonly customerName = computed(() => {
    const from = this.state.lastInbound()?.from;
    return from?.name?.trim() || (from?.address ?? this.contact().customer);
  });
  protected readonly quoteSource = computed(() => this.state.lastInbound()?.text ?? null);

  constructor() {
    effect(() => {
      const contactId = this.contactId();
      const conversationId = this.conversationId();
      untracked(() => this.state.follow(contactId, conversationId));
    });
  }

  protected replied(message: EmailMessage): void {
    this.state.add(message);
  }
}
