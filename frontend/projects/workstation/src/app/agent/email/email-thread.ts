import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { finalize } from 'rxjs';
import { CLOCK } from '../../core/time/clock';
import { AgentDesk } from '../agent-desk';
import { EmailApi, EmailMessage, EmailThread, inFlight, mergeThread } from './email-api';

/** While a reply is in the outbox, the thread is read again this often. */
export const DELIVERY_POLL_MS = 10_000;

/**
 * One EMAIL contact's thread as the panel shows it, kept current: read when followed, again when
 * the agent's socket announces a message of the contact's conversation (`chatMessage`) or
 * reopens, and every {@link DELIVERY_POLL_MS} while a reply is queued, sending or retrying.
 * Provided by the panel, so it stops with it.
 *
 * Invariants: one read at a time (a read asked for meanwhile runs after it), so answers apply in
 * the order they were asked; a message is never dropped once held (see `mergeThread`).
 */
@Injectable()
export class EmailThreadState {
  private readonly api = inject(EmailApi);
  private readonly clock = inject(CLOCK);
  private readonly destroyRef = inject(DestroyRef);

  private readonly current = signal<EmailThread | null>(null);
  private readonly failure = signal<'forbidden' | 'failed' | null>(null);
  private contactId: string | null = null;
  private conversationId: string | null = null;
  private reading = false;
  private readAgain = false;
  private stopped = false;

  /** `null` until the first answer. */
  readonly thread = this.current.asReadonly();
  /** Why the last read failed, until one succeeds. */
  readonly error = this.failure.asReadonly();
  readonly messages = computed(() => this.current()?.messages ?? []);
  /** The customer's latest message: what `quote` quotes. */
  readonly lastInbound = computed(
    () => [...this.messages()].reverse().find((m) => m.direction === 'INBOUND') ?? null,
  );
  private readonly delivering = computed(() => this.messages().some(inFlight));

  constructor() {
    const stop = inject(AgentDesk).listen({
      frame: (frame) => {
        if (frame.type === 'chatMessage' && frame['conversationId'] === this.conversationId) {
          this.reload();
        }
      },
      // Frames sent while the socket was down are not replayed.
      open: () => this.reload(),
    });
    this.destroyRef.onDestroy(() => {
      this.stopped = true;
      stop();
    });
    effect((onCleanup) => {
      if (this.delivering()) {
        onCleanup(this.clock.repeat(DELIVERY_POLL_MS, () => this.reload()));
      }
    });
  }

  /** Starts following a contact; its chat frames name `conversationId`. */
  follow(contactId: string, conversationId: string): void {
    if (contactId === this.contactId && conversationId === this.conversationId) {
      return;
    }
    this.contactId = contactId;
    this.conversationId = conversationId;
    this.current.set(null);
    this.reload();
  }

  /** Reads the thread again (after the read in progress, if any). */
  reload(): void {
    const contactId = this.contactId;
    if (contactId === null || this.stopped) {
      return;
    }
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    this.api
      .thread(contactId)
      .pipe(
        takeUntilDestroyed(this.destroyRef),
        finalize(() => {
          this.reading = false;
          if (this.readAgain) {
            this.readAgain = false;
            this.reload();
          }
        }),
      )
      .subscribe({
        next: (thread) => {
          if (contactId !== this.contactId) {
            return;
          }
          const held = this.current()?.messages ?? [];
          this.current.set({ ...thread, messages: mergeThread(held, thread.messages) });
          this.failure.set(null);
        },
        error: (error: unknown) =>
          this.failure.set(
            error instanceof HttpErrorResponse && error.status === 403 ? 'forbidden' : 'failed',
          ),
      });
  }

  /** A reply the server just stored: shown at once, unless a read already brought it. */
  add(message: EmailMessage): void {
    const held = this.current();
    if (held && !held.messages.some((m) => m.seq === message.seq)) {
      this.current.set({ ...held, messages: mergeThread(held.messages, [message]) });
    }
  }
}
