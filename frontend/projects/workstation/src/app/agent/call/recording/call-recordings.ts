import { DOCUMENT } from '@angular/common';
import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CLOCK } from '../../../core/time/clock';
import { CallContact } from '../call-contact';
import { CallSession } from '../call-session';
import { CallRecorder, Mix, Recorder } from './call-recorder';
import { MediaMix } from './media-mix';
import { RecordingApi } from './recording-api';

/** Makes the browser parts of a recording; tests provide fakes. */
export interface RecordingMedia {
  createMix(video: boolean): Mix;
  createRecorder(stream: MediaStream, mimeType: string): Recorder;
}

export const RECORDING_MEDIA = new InjectionToken<RecordingMedia>('RECORDING_MEDIA', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    const clock = inject(CLOCK);
    return {
      createMix: (video) => new MediaMix(video, clock, document),
      createRecorder: (stream, mimeType) =>
        new MediaRecorder(stream, {
          mimeType: MediaRecorder.isTypeSupported(mimeType) ? mimeType : undefined,
        }) as unknown as Recorder,
    };
  },
});

/**
 * The recordings of the agent's calls, peer to peer: one `CallRecorder` per call the agent owns
 * (experts and consulted colleagues do not record), made when the call's session opens with its
 * queue's policy; it starts by itself once the media flows when the queue records ALWAYS, and
 * stops when the session ends. `Calls` drives it; the call panel shows it.
 */
@Injectable()
export class CallRecordings {
  private readonly api = inject(RecordingApi);
  private readonly media = inject(RECORDING_MEDIA);
  private readonly clock = inject(CLOCK);
  private readonly recorders = signal<ReadonlyMap<string, CallRecorder>>(new Map());

  recorder(conversationId: string): CallRecorder | null {
    return this.recorders().get(conversationId) ?? null;
  }

  /** A session opened for the agent's own call: learn the policy and make its recorder. */
  async opened(contact: CallContact): Promise<void> {
    if (contact.consult || this.recorders().has(contact.conversationId)) {
      return;
    }
    const conversationId = contact.conversationId;
    let policy: 'ALWAYS' | 'ON_DEMAND' | 'NEVER' = 'ALWAYS';
    let onServer = false;
    try {
      const status = await firstValueFrom(this.api.status(conversationId));
      policy = status.policy;
      onServer = status.onServer;
    } catch {
      // The status could not be read: record, as most queues do; the server refuses if not.
    }
    const recorder = new CallRecorder({
      video: contact.channel === 'VIDEO',
      onServer,
      policy,
      clock: this.clock,
      calls: {
        start: (requested) => firstValueFrom(this.api.start(conversationId, requested)),
        chunk: (id, sequence, data) => firstValueFrom(this.api.chunk(id, sequence, data)),
        pause: (id, paused) => firstValueFrom(this.api.pause(id, paused)),
        finish: (id) => firstValueFrom(this.api.finish(id)),
      },
      createMix: (video) => this.media.createMix(video),
      createRecorder: (stream, mimeType) => this.media.createRecorder(stream, mimeType),
    });
    this.recorders.update((all) => new Map(all).set(conversationId, recorder));
  }

  /**
   * Follows the sessions: their parties' media into the recordings; an ALWAYS queue's recording
   * starts when the call is live; an ended session, or one gone from the map, stops its recording.
   */
  sync(sessions: ReadonlyMap<string, CallSession>): void {
    sessions.forEach((session) => this.follow(session));
    this.recorders().forEach((recorder, conversationId) => {
      if (!sessions.has(conversationId)) {
        void recorder.stop().then(() => this.forget(conversationId, recorder));
      }
    });
  }

  private follow(session: CallSession): void {
    const recorder = this.recorder(session.conversationId);
    if (!recorder) {
      return;
    }
    if (session.ended()) {
      void recorder.stop(); // kept, so the panel says it was recorded, until the session goes
      return;
    }
    // A barging supervisor is heard by everyone, so recorded; listening or whispering, not.
    recorder.update(session.localStream(), [
      ...session.remotes().map((r) => r.stream),
      ...session.barging(),
    ]);
    if (
      recorder.policy === 'ALWAYS' &&
      recorder.state() === 'off' &&
      session.state() === 'active'
    ) {
      void recorder.start(false);
    }
  }

  /** The agent leaves every call (the page goes): what was recorded so far is finished. */
  stopAll(): void {
    this.recorders().forEach((recorder) => void recorder.stop());
  }

  private forget(conversationId: string, recorder: CallRecorder): void {
    this.recorders.update((all) => {
      if (all.get(conversationId) !== recorder) {
        return all;
      }
      const next = new Map(all);
      next.delete(conversationId);
      return next;
    });
  }
}
