import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, PendingTasks, inject, signal } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { RealtimeClient } from '../core/realtime/realtime-client';
import { AgentApi, AgentState, PresenceChange } from './agent-api';
import { signalsStateChange } from './agent-frames';

export const AGENT_SOCKET_PATH = '/ws/agent';

/** What the agent is told when an action fails; `null` means "use the server's message". */
type Action = 'presence' | 'accept' | 'reject' | 'end' | 'wrap-up';

/**
 * The state behind one open workstation: the agent's presence, offers and contacts as the server
 * last reported them, kept current over the live socket. Provided by the workstation component,
 * so the socket closes when the agent leaves the page.
 *
 * Invariant: `state` only ever moves to a newer answer. Every request takes a ticket when it is
 * sent, and an answer is dropped if one sent later has already been applied, so a slow
 * `GET /api/agent/state` cannot overwrite what an action returned after it.
 */
@Injectable()
export class AgentDesk {
  private readonly api = inject(AgentApi);
  private readonly pendingTasks = inject(PendingTasks);

  private readonly current = signal<AgentState | null>(null);
  private readonly reasons = signal<readonly string[]>([]);
  private readonly failure = signal<string | null>(null);
  private readonly pending = signal(false);
  private issued = 0;
  private applied = 0;

  /** `null` until the first answer. */
  readonly state = this.current.asReadonly();
  readonly breakReasons = this.reasons.asReadonly();
  /** The last failure to show the agent, until they dismiss it or act again. */
  readonly error = this.failure.asReadonly();
  /** An action is on its way to the server. */
  readonly busy = this.pending.asReadonly();
  readonly connection;

  constructor() {
    const socket = inject(RealtimeClient).connect(AGENT_SOCKET_PATH, {
      frame: (frame) => {
        if (signalsStateChange(frame)) {
          void this.reload();
        }
      },
      // Frames may have been missed while the socket was down.
      open: () => void this.reload(),
    });
    this.connection = socket.status;
    inject(DestroyRef).onDestroy(() => socket.close());

    void this.reload();
    this.api.breakReasons().subscribe({
      next: (reasons) => this.reasons.set(reasons),
      error: (error: unknown) => this.failure.set(describe(error, null)),
    });
  }

  /** Re-reads the agent's state from the server. */
  reload(): Promise<void> {
    return this.track(async () => {
      const ticket = ++this.issued;
      try {
        this.apply(ticket, await firstValueFrom(this.api.state()));
      } catch (error: unknown) {
        this.failure.set(describe(error, null));
      }
    });
  }

  changePresence(change: PresenceChange): Promise<void> {
    return this.act('presence', this.api.changePresence(change));
  }

  accept(contactId: string): Promise<void> {
    return this.act('accept', this.api.accept(contactId));
  }

  reject(contactId: string): Promise<void> {
    return this.act('reject', this.api.reject(contactId));
  }

  end(contactId: string): Promise<void> {
    return this.act('end', this.api.end(contactId));
  }

  finishWrapUp(contactId: string, disposition: string | null): Promise<void> {
    return this.act('wrap-up', this.api.wrapUp(contactId, disposition));
  }

  dismissError(): void {
    this.failure.set(null);
  }

  private act(action: Action, call: Observable<AgentState>): Promise<void> {
    return this.track(async () => {
      this.failure.set(null);
      this.pending.set(true);
      const ticket = ++this.issued;
      try {
        this.apply(ticket, await firstValueFrom(call));
      } catch (error: unknown) {
        this.failure.set(describe(error, action));
        // Most refusals mean the state moved on (e.g. the offer was withdrawn): show it as it is.
        void this.reload();
      } finally {
        this.pending.set(false);
      }
    });
  }

  /** Keeps the application unstable until `work` has applied its answer (tests await that). */
  private async track(work: () => Promise<void>): Promise<void> {
    const done = this.pendingTasks.add();
    try {
      await work();
    } finally {
      done();
    }
  }

  private apply(ticket: number, state: AgentState): void {
    if (ticket > this.applied) {
      this.applied = ticket;
      this.current.set(state);
    }
  }
}

const CONFLICTS: Record<Action, string> = {
  presence: 'Your presence cannot be changed right now.',
  accept: 'This offer is no longer available.',
  reject: 'This offer is no longer available.',
  end: 'This contact has already ended.',
  'wrap-up': 'This wrap-up has already finished.',
};

/** A sentence for the agent about a failed call. */
function describe(error: unknown, action: Action | null): string {
  if (!(error instanceof HttpErrorResponse)) {
    return 'Something went wrong. Please try again.';
  }
  if (error.status === 0) {
    return 'Parley cannot be reached right now. Please try again.';
  }
  if (error.status === 409 && action !== null) {
    return CONFLICTS[action];
  }
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null) {
    const message = (body as { error?: unknown }).error;
    if (typeof message === 'string' && message.trim() !== '') {
      return message;
    }
  }
  return error.status >= 500
    ? 'Parley had a problem. Please try again.'
    : 'The request was refused. Please try again.';
}
