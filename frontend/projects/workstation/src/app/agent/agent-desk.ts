import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, PendingTasks, inject, signal } from '@angular/core';
import { Frame } from '@parley/shared';
import { Observable, firstValueFrom } from 'rxjs';
import { RealtimeClient } from '../core/realtime/realtime-client';
import { AgentApi, AgentState, PresenceChange, TransferTarget } from './agent-api';
import { contactReturned, signalsStateChange } from './agent-frames';

export const AGENT_SOCKET_PATH = '/ws/agent';

/** What the agent is told when an action fails; `null` means "use the server's message". */
type Action = 'presence' | 'accept' | 'reject' | 'end' | 'wrap-up' | 'transfer';

/** Something else on the workstation that follows the agent's socket (e.g. the chats). */
export interface DeskListener {
  /** Every frame, after the desk has handled it. */
  readonly frame?: (frame: Frame) => void;
  /** The socket (re)opened: frames sent while it was down are lost. */
  readonly open?: () => void;
}

/** A chat that went back to the queue (`contactReturned`), shown until dismissed. */
export interface ReturnedNotice {
  readonly contactId: string;
  readonly customer: string;
  readonly reason: string;
}

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
  private readonly returned = signal<readonly ReturnedNotice[]>([]);
  private readonly listeners: DeskListener[] = [];
  private readonly socket;
  private issued = 0;
  private applied = 0;

  /** `null` until the first answer. */
  readonly state = this.current.asReadonly();
  readonly breakReasons = this.reasons.asReadonly();
  /** The last failure to show the agent, until they dismiss it or act again. */
  readonly error = this.failure.asReadonly();
  /** An action is on its way to the server. */
  readonly busy = this.pending.asReadonly();
  /** Chats that went back to the queue, newest last. */
  readonly returnedNotices = this.returned.asReadonly();
  readonly connection;

  constructor() {
    const socket = inject(RealtimeClient).connect(AGENT_SOCKET_PATH, {
      frame: (frame) => {
        this.noteReturned(frame);
        if (signalsStateChange(frame)) {
          void this.reload();
        }
        [...this.listeners].forEach((listener) => listener.frame?.(frame));
      },
      // Frames may have been missed while the socket was down.
      open: () => {
        void this.reload();
        [...this.listeners].forEach((listener) => listener.open?.());
      },
    });
    this.socket = socket;
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

  changePresence(change: PresenceChange): Promise<boolean> {
    return this.act('presence', this.api.changePresence(change));
  }

  accept(contactId: string): Promise<boolean> {
    return this.act('accept', this.api.accept(contactId));
  }

  reject(contactId: string): Promise<boolean> {
    return this.act('reject', this.api.reject(contactId));
  }

  end(contactId: string): Promise<boolean> {
    return this.act('end', this.api.end(contactId));
  }

  finishWrapUp(contactId: string, disposition: string | null): Promise<boolean> {
    return this.act('wrap-up', this.api.wrapUp(contactId, disposition));
  }

  /** Resolves to whether the transfer went through (else `error` says why). */
  transfer(contactId: string, target: TransferTarget, note: string): Promise<boolean> {
    return this.act('transfer', this.api.transfer(contactId, target, note));
  }

  /** Follows the socket along with the desk, until the returned function is called. */
  listen(listener: DeskListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) {
        this.listeners.splice(index, 1);
      }
    };
  }

  /** Sends a frame if the socket is open; says whether it did. */
  send(frame: Frame): boolean {
    return this.socket.send(frame);
  }

  dismissError(): void {
    this.failure.set(null);
  }

  dismissReturned(contactId: string): void {
    this.returned.update((notices) => notices.filter((n) => n.contactId !== contactId));
  }

  /** Remembers who the returned chat was with while the state still holds it. */
  private noteReturned(frame: Frame): void {
    const returned = contactReturned(frame);
    if (returned === null) {
      return;
    }
    const contact = this.current()?.contacts.find((c) => c.contactId === returned.contactId);
    const notice = { ...returned, customer: contact?.customer ?? 'a customer' };
    this.returned.update((notices) => [
      ...notices.filter((n) => n.contactId !== notice.contactId),
      notice,
    ]);
  }

  /** Resolves to whether the action went through. */
  private act(action: Action, call: Observable<AgentState>): Promise<boolean> {
    return this.track(async () => {
      this.failure.set(null);
      this.pending.set(true);
      const ticket = ++this.issued;
      try {
        this.apply(ticket, await firstValueFrom(call));
        return true;
      } catch (error: unknown) {
        this.failure.set(describe(error, action));
        // Most refusals mean the state moved on (e.g. the offer was withdrawn): show it as it is.
        void this.reload();
        return false;
      } finally {
        this.pending.set(false);
      }
    });
  }

  /** Keeps the application unstable until `work` has applied its answer (tests await that). */
  private async track<T>(work: () => Promise<T>): Promise<T> {
    const done = this.pendingTasks.add();
    try {
      return await work();
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
  transfer: 'This contact can no longer be transferred.',
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
