import { httpResource } from '@angular/common/http';
import { Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { TransferQueue } from '../../chat/chat-api';
import { AgentDesk } from '../agent-desk';
import { PRESENCE_LABELS } from '../presence-toggle';
import { Colleagues } from './colleagues';
import { ChatContact } from './conversation-store';

/**
 * Hands a chat to a queue or to a colleague (whose presence is shown), with a note for whoever
 * takes it. The agent's state after the transfer comes back through `AgentDesk`; the chat leaves.
 */
@Component({
  selector: 'parley-transfer-dialog',
  templateUrl: './transfer-dialog.html',
  styleUrl: './dialog.css',
})
export class TransferDialog {
  private readonly desk = inject(AgentDesk);
  protected readonly colleagues = inject(Colleagues);
  protected readonly labels = PRESENCE_LABELS;

  readonly contact = input.required<ChatContact>();
  /** The transfer went through (then `closed` follows). */
  readonly transferred = output<void>();
  readonly closed = output<void>();

  /** "this chat", "this call". */
  protected readonly what = computed(() =>
    this.contact().channel === 'VOICE' || this.contact().channel === 'VIDEO' ? 'call' : 'chat',
  );

  private readonly allQueues = httpResource<TransferQueue[]>(() => '/api/agent/queues');
  /** Queues that take the contact's channel (a queue listing no channels takes any). */
  protected readonly queues = computed(() => {
    const all = this.allQueues.hasValue() ? this.allQueues.value() : [];
    const channel = this.contact().channel;
    return all.filter((q) => q.channels.length === 0 || q.channels.includes(channel));
  });
  protected readonly queuesFailed = computed(() => this.allQueues.error() !== undefined);
  protected readonly queue = signal('');
  protected readonly agent = signal('');
  protected readonly note = signal('');
  protected readonly sending = signal(false);
  protected readonly ready = computed(
    () => (this.queue() !== '') !== (this.agent() !== '') && !this.sending(),
  );

  constructor() {
    inject(DestroyRef).onDestroy(this.colleagues.watch());
  }

  protected id(suffix: string): string {
    return `transfer-${this.contact().contactId}-${suffix}`;
  }

  /** A queue or a colleague: choosing one clears the other. */
  protected pickQueue(event: Event): void {
    this.queue.set((event.target as HTMLSelectElement).value);
    if (this.queue() !== '') {
      this.agent.set('');
    }
  }

  protected pickAgent(event: Event): void {
    this.agent.set((event.target as HTMLSelectElement).value);
    if (this.agent() !== '') {
      this.queue.set('');
    }
  }

  protected readNote(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.ready()) {
      return;
    }
    const target = this.queue() !== '' ? { queue: this.queue() } : { agent: this.agent() };
    this.sending.set(true);
    const done = await this.desk.transfer(this.contact().contactId, target, this.note().trim());
    this.sending.set(false);
    if (done) {
      this.transferred.emit();
      this.closed.emit();
    }
  }
}
