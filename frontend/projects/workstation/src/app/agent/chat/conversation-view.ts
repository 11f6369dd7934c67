import {
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MessageList } from '../../chat/message-list';
import { Session } from '../../core/auth/session';
import { CLOCK } from '../../core/time/clock';
import { Composer, Draft, FileDraft } from './composer';
import { ConsultDialog } from './consult-dialog';
import { ChatContact, ConversationStore } from './conversation-store';
import { TransferDialog } from './transfer-dialog';
import { TypingReporter } from './typing-reporter';

/**
 * One chat as the agent works it: who pulled them in (for an expert), the messages, who is
 * typing, the composer while the chat is active, and transfer and consult for the agent who owns
 * it.
 */
@Component({
  selector: 'parley-conversation-view',
  imports: [Composer, ConsultDialog, MessageList, TransferDialog],
  templateUrl: './conversation-view.html',
  styleUrl: './conversation-view.css',
})
export class ConversationView {
  private readonly store = inject(ConversationStore);
  private readonly session = inject(Session);

  readonly contact = input.required<ChatContact>();
  /** Transfer and consult from here (a call panel has its own, so it turns these off). */
  readonly handOver = input(true);

  protected readonly conversation = computed(() =>
    this.store.conversation(this.contact().conversationId),
  );
  protected readonly customerName = computed(
    () => this.conversation()?.info()?.visitor.name ?? this.contact().customer,
  );
  protected readonly agentName = computed(() => this.session.user()?.displayName ?? '');
  /** Transfer and consult are for the agent who owns the chat, while it is active. */
  protected readonly canHandOver = computed(
    () => this.handOver() && this.contact().state === 'ACTIVE' && !this.contact().consult,
  );
  protected readonly dialog = linkedSignal<string, 'transfer' | 'consult' | null>({
    source: () => this.contact().conversationId,
    computation: () => null,
  });
  protected readonly consultRequested = signal(false);
  /** Throttles the composer's keystrokes into typing frames for this conversation. */
  private readonly reporter = new TypingReporter(inject(CLOCK), (active) =>
    this.store.typing(this.contact().conversationId, active),
  );

  constructor() {
    // Leaving the chat (another tab, or it ended) stops the indicator the customer sees.
    inject(DestroyRef).onDestroy(() => this.reporter.stop());
  }

  /**
   * "Customer is typing…", unless the name is one of the agents or experts who have written
   * here (the frame names who types, not their role).
   */
  protected readonly typingText = computed(() => {
    const conversation = this.conversation();
    const name = conversation?.typing() ?? null;
    if (name === null) {
      return null;
    }
    const colleague =
      name !== '' &&
      conversation!.messages().some((m) => m.author.role !== 'CUSTOMER' && m.author.name === name);
    return colleague ? `${name} is typing…` : 'Customer is typing…';
  });

  protected send(draft: Draft): void {
    this.store.send(this.contact().conversationId, draft.kind, draft.text);
  }

  protected sendFile(draft: FileDraft): void {
    this.store.sendFile(this.contact().conversationId, draft.file, draft.text);
  }

  protected typing(active: boolean): void {
    if (active) {
      this.reporter.keystroke();
    } else {
      this.reporter.stop();
    }
  }

  protected retry(clientId: string): void {
    this.store.retry(this.contact().conversationId, clientId);
  }

  protected discard(clientId: string): void {
    this.store.discard(this.contact().conversationId, clientId);
  }

  protected open(dialog: 'transfer' | 'consult'): void {
    this.consultRequested.set(false);
    this.dialog.set(this.dialog() === dialog ? null : dialog);
  }

  protected consulted(): void {
    this.dialog.set(null);
    this.consultRequested.set(true);
  }
}
