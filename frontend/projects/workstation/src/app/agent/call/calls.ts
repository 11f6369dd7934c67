import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Frame } from '@parley/shared';
import { firstValueFrom } from 'rxjs';
import { CLOCK } from '../../core/time/clock';
import { AgentDesk } from '../agent-desk';
import { CallApi } from './call-api';
import { CallContact, isCall, isCallOffer } from './call-contact';
import { CALL_MESH_FACTORY } from './call-mesh';
import { CallSession, PendingConsult } from './call-session';
import { LocalMedia } from './local-media';
import { CallRecordings } from './recording/call-recordings';
import { RingTone } from './ring-tone';

/** Contact states after which the agent is out of the call's media. */
const OVER = new Set(['WRAP_UP', 'CLOSED', 'ENDED', 'ABANDONED', 'TRANSFERRED']);

/**
 * The agent's calls: rings while a call is offered, and keeps one `CallSession` per ACTIVE call
 * contact of `AgentDesk`'s state — opened when the contact appears (the agent answered, or the page
 * was reloaded mid-call), rejoined whenever the socket reopens, ended when the contact goes to
 * wrap-up or away. Routes the socket's `call*` frames to their session by `conversationId`.
 * Provided by the workstation next to `AgentDesk`.
 */
@Injectable()
export class Calls {
  private readonly desk = inject(AgentDesk);
  private readonly api = inject(CallApi);
  private readonly media = inject(LocalMedia);
  private readonly createMesh = inject(CALL_MESH_FACTORY);
  private readonly clock = inject(CLOCK);
  private readonly ringTone = inject(RingTone);
  private readonly recordings = inject(CallRecordings);
  private readonly sessions = signal<ReadonlyMap<string, CallSession>>(new Map());
  private readonly failures = signal<ReadonlyMap<string, string>>(new Map());
  private readonly pending = signal(0);
  /** The contact each session was opened for. */
  private readonly contactOf = new WeakMap<CallSession, string>();

  /** A call action (hold, hand over, return) is on its way to the server. */
  readonly busy = computed(() => this.pending() > 0);

  /** The agent's call contacts (ACTIVE or WRAP_UP), as the server lists them. */
  readonly contacts = computed(() => this.desk.state()?.contacts.filter(isCall) ?? []);
  /** A call is offered to the agent. */
  readonly ringing = computed(() => this.desk.state()?.offers.some(isCallOffer) ?? false);

  constructor() {
    effect(() => {
      const contacts = this.contacts();
      untracked(() => this.follow(contacts));
    });
    effect(() => (this.ringing() ? this.ringTone.start() : this.ringTone.stop()));
    // Recordings follow their sessions: parties, live, ended or gone.
    effect(() => this.recordings.sync(this.sessions()));
    this.desk.listen({ frame: (frame) => this.receive(frame), open: () => this.rejoinAll() });
    inject(DestroyRef).onDestroy(() => {
      this.ringTone.stop();
      this.sessions().forEach((session) => session.end());
      this.recordings.stopAll();
    });
  }

  session(conversationId: string): CallSession | null {
    return this.sessions().get(conversationId) ?? null;
  }

  /** The last refused call action on this conversation, if any. */
  failure(conversationId: string): string | null {
    return this.failures().get(conversationId) ?? null;
  }

  dismissFailure(conversationId: string): void {
    this.setFailure(conversationId, null);
  }

  hangUp(contact: CallContact): Promise<boolean> {
    // The recording ends at the click, not when the ended call's state comes back.
    void this.recordings.recorder(contact.conversationId)?.stop();
    return this.desk.end(contact.contactId);
  }

  async hold(contact: CallContact, on: boolean): Promise<void> {
    const session = this.session(contact.conversationId);
    await this.attempt(contact, 'The call could not be put on hold.', async () => {
      await firstValueFrom(this.api.hold(contact.conversationId, on));
      session?.holdChanged(on, session.musicFromServer());
    });
  }

  /** A blind transfer went through: the call is someone else's now. */
  transferred(contact: CallContact): void {
    this.session(contact.conversationId)?.leave();
  }

  consulted(contact: CallContact, consult: PendingConsult): void {
    this.session(contact.conversationId)?.consulting(consult);
  }

  /** Warm transfer completed: the colleague of the consult takes the call. */
  async handOver(contact: CallContact): Promise<void> {
    const session = this.session(contact.conversationId);
    const consult = session?.consult();
    if (!session || !consult) {
      return;
    }
    await this.attempt(contact, 'The call could not be handed over.', async () => {
      await firstValueFrom(this.api.handover(contact.conversationId, consult.consultId));
      session.leave();
      void this.desk.reload();
    });
  }

  /** Ends the consult: the colleague (or expert) leaves, the agent is back with the caller. */
  async returnToCaller(contact: CallContact): Promise<void> {
    const session = this.session(contact.conversationId);
    const consult = session?.consult();
    if (!session || !consult) {
      return;
    }
    await this.attempt(contact, 'The consult could not be ended.', async () => {
      await firstValueFrom(this.api.endConsult(consult.consultId));
      session.consulting(null);
    });
  }

  /** An expert (or a colleague on a warm transfer) leaves the call; it goes on for the others. */
  async leave(contact: CallContact): Promise<void> {
    if (await this.desk.end(contact.contactId)) {
      // Usually before the new state closes the session; then `leave` does nothing.
      this.session(contact.conversationId)?.leave();
    }
  }

  private async attempt(
    contact: CallContact,
    fallback: string,
    work: () => Promise<void>,
  ): Promise<void> {
    this.setFailure(contact.conversationId, null);
    this.pending.update((n) => n + 1);
    try {
      await work();
    } catch (error: unknown) {
      this.setFailure(contact.conversationId, describe(error, fallback));
    } finally {
      this.pending.update((n) => n - 1);
    }
  }

  private setFailure(conversationId: string, message: string | null): void {
    this.failures.update((failures) => {
      const next = new Map(failures);
      if (message === null) {
        next.delete(conversationId);
      } else {
        next.set(conversationId, message);
      }
      return next;
    });
  }

  private follow(contacts: readonly CallContact[]): void {
    const current = this.sessions();
    const next = new Map<string, CallSession>();
    for (const contact of contacts) {
      if (next.has(contact.conversationId)) {
        continue; // one session per call, for the first of its contacts listed
      }
      let known = current.get(contact.conversationId);
      if (known && this.contactOf.get(known) !== contact.contactId) {
        // Another contact of the same call: the colleague's private consult became the call
        // itself (a warm transfer). The consult's media goes; the call's joins as its agent.
        known.end();
        known = undefined;
      }
      if (contact.state !== 'ACTIVE') {
        // Wrap-up: the panel stays (ended) until the contact goes.
        known?.end();
      }
      if (known) {
        // A session left (e.g. handed over) stays ended while the state still lists the contact.
        next.set(contact.conversationId, known);
      } else if (contact.state === 'ACTIVE') {
        next.set(contact.conversationId, this.open(contact));
      }
    }
    current.forEach((session, id) => !next.has(id) && session.end());
    this.sessions.set(next);
  }

  private open(contact: CallContact): CallSession {
    const session = new CallSession({
      conversationId: contact.conversationId,
      video: contact.channel === 'VIDEO',
      clock: this.clock,
      createMesh: this.createMesh,
      openDevices: (video) => this.media.open(video),
      send: (frame) => this.desk.send(frame),
    });
    this.contactOf.set(session, contact.contactId);
    void this.recordings.opened(contact);
    void session.start();
    return session;
  }

  private receive(frame: Frame): void {
    const conversationId = frame['conversationId'];
    if (frame.type.startsWith('call') && typeof conversationId === 'string') {
      this.session(conversationId)?.handle(frame);
    } else if (frame.type === 'contactState' && OVER.has(String(frame['state']))) {
      // Out of the media at once; the state read that follows confirms it.
      const contact = this.contacts().find((c) => c.contactId === frame['contactId']);
      if (contact) {
        this.session(contact.conversationId)?.end();
      }
    }
  }

  private rejoinAll(): void {
    const active = new Set(
      this.contacts()
        .filter((c) => c.state === 'ACTIVE')
        .map((c) => c.conversationId),
    );
    this.sessions().forEach((session, id) => active.has(id) && session.rejoin());
  }
}

function describe(error: unknown, fallback: string): string {
  if (error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error) {
    const message = (error.error as { error?: unknown }).error;
    if (typeof message === 'string' && message.trim() !== '') {
      return message;
    }
  }
  return fallback;
}
