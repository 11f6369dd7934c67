import { HttpErrorResponse } from '@angular/common/http';
import { Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from '../../chat/chat-api';
import { PRESENCE_LABELS } from '../presence-toggle';
import { Colleagues } from './colleagues';
import { ChatContact } from './conversation-store';

/** A consult the server has offered. */
export interface ConsultRequested {
  readonly consultId: string;
  readonly privately: boolean;
}

/**
 * Pulls in an expert: anyone with a skill, or a named colleague, either visible to the customer
 * or private (the customer does not see the expert's messages; the server enforces it), with a
 * note for the expert. Emits `requested` once the server has offered the consult.
 */
@Component({
  selector: 'parley-consult-dialog',
  templateUrl: './consult-dialog.html',
  styleUrl: './dialog.css',
})
export class ConsultDialog {
  private readonly api = inject(ChatApi);
  protected readonly colleagues = inject(Colleagues);
  protected readonly labels = PRESENCE_LABELS;

  readonly contact = input.required<ChatContact>();
  /** The consult was offered: its id, and whether it is private. */
  readonly requested = output<ConsultRequested>();
  readonly closed = output<void>();

  protected readonly skill = signal('');
  protected readonly agent = signal('');
  protected readonly isPrivate = signal(false);
  protected readonly note = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  /** On a call, a private consult is a warm transfer: the caller hears music meanwhile. */
  protected readonly call = computed(
    () => this.contact().channel === 'VOICE' || this.contact().channel === 'VIDEO',
  );
  protected readonly ready = computed(
    () => (this.skill() !== '') !== (this.agent() !== '') && !this.sending(),
  );

  constructor() {
    inject(DestroyRef).onDestroy(this.colleagues.watch());
  }

  protected id(suffix: string): string {
    return `consult-${this.contact().contactId}-${suffix}`;
  }

  /** A skill or a colleague: choosing one clears the other. */
  protected pickSkill(event: Event): void {
    this.skill.set((event.target as HTMLSelectElement).value);
    if (this.skill() !== '') {
      this.agent.set('');
    }
  }

  protected pickAgent(event: Event): void {
    this.agent.set((event.target as HTMLSelectElement).value);
    if (this.agent() !== '') {
      this.skill.set('');
    }
  }

  protected readPrivate(event: Event): void {
    this.isPrivate.set((event.target as HTMLInputElement).checked);
  }

  protected readNote(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.ready()) {
      return;
    }
    const target = this.skill() !== '' ? { skill: this.skill() } : { agent: this.agent() };
    this.sending.set(true);
    this.error.set(null);
    try {
      const { consultId } = await firstValueFrom(
        this.api.consult(this.contact().contactId, target, {
          privately: this.isPrivate(),
          note: this.note().trim(),
        }),
      );
      this.requested.emit({ consultId, privately: this.isPrivate() });
    } catch (error: unknown) {
      this.error.set(describe(error));
    } finally {
      this.sending.set(false);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error) {
    const message = (error.error as { error?: unknown }).error;
    if (typeof message === 'string' && message.trim() !== '') {
      return message;
    }
  }
  return 'The expert could not be asked. Please try again.';
}
