import { computed, signal } from '@angular/core';
import { Clock } from '@parley/shared';
import { ChunkUploader } from './chunk-uploader';
import { RecordingPolicy, RecordingStatus } from './recording-api';

/** How often the browser hands over what it recorded: a closed tab loses at most this much. */
export const CHUNK_MS = 2_000;

/**
 * Where the agent's recording of a call is: not recorded (`off`: the queue never records, or
 * records on demand and nobody asked), being set up, recording, paused, uploading its end,
 * finished, or failed (`error` says why).
 */
export type RecorderState =
  'off' | 'starting' | 'recording' | 'paused' | 'stopping' | 'done' | 'failed';

/** The parts of `MediaRecorder` a recording uses (a fake in tests). */
export interface Recorder {
  readonly state: 'inactive' | 'recording' | 'paused';
  ondataavailable: ((event: { data: Blob }) => void) | null;
  onstop: (() => void) | null;
  start(timesliceMs: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** The parts of `MediaMix` a recording uses. */
export interface Mix {
  readonly stream: MediaStream;
  set(own: MediaStream | null, others: readonly MediaStream[]): void;
  close(): void;
}

/** The server side of a recording, as promises. */
export interface RecordingCalls {
  start(requested: boolean): Promise<RecordingStatus>;
  chunk(id: string, sequence: number, data: Blob): Promise<void>;
  pause(id: string, paused: boolean): Promise<RecordingStatus>;
  finish(id: string): Promise<RecordingStatus>;
}

export interface CallRecorderDeps {
  readonly video: boolean;
  /** The media server records (Kurento mode): the browser only starts, pauses and shows it. */
  readonly onServer: boolean;
  readonly policy: RecordingPolicy;
  readonly clock: Clock;
  readonly calls: RecordingCalls;
  readonly createMix: (video: boolean) => Mix;
  readonly createRecorder: (stream: MediaStream, mimeType: string) => Recorder;
}

/**
 * The agent's browser recording one call peer to peer (docs/recordings.md): everyone's audio
 * mixed (and for video the pictures side by side) into a `MediaRecorder` whose chunks go to the
 * server every {@link CHUNK_MS} while the call runs, in order; pause and resume stop and restart
 * the recorder, so the paused part is never recorded, and the server keeps when and by whom.
 *
 * Invariants: one recording per `start` (a reload starts a new one on the server); `stop` sends
 * every chunk before it finishes the recording; after `stop` or a failure nothing is recorded.
 */
export class CallRecorder {
  private readonly stateSignal = signal<RecorderState>('off');
  private readonly errorSignal = signal<string | null>(null);
  private id: string | null = null;
  private mix: Mix | null = null;
  private recorder: Recorder | null = null;
  private uploader: ChunkUploader | null = null;
  private parties: { own: MediaStream | null; others: readonly MediaStream[] } = {
    own: null,
    others: [],
  };

  readonly policy: RecordingPolicy;
  readonly state = this.stateSignal.asReadonly();
  readonly error = this.errorSignal.asReadonly();
  /** The call is being recorded now (not paused). */
  readonly recording = computed(() => this.stateSignal() === 'recording');

  constructor(private readonly deps: CallRecorderDeps) {
    this.policy = deps.policy;
  }

  /** Whether the agent can ask for a recording now (an on-demand queue, not recording yet). */
  canStart(): boolean {
    return this.policy === 'ON_DEMAND' && ['off', 'failed'].includes(this.stateSignal());
  }

  /** Starts recording; `requested` when the agent asked (on-demand queues). */
  async start(requested: boolean): Promise<void> {
    if (this.policy === 'NEVER' || !['off', 'failed'].includes(this.stateSignal())) {
      return;
    }
    this.stateSignal.set('starting');
    this.errorSignal.set(null);
    try {
      const status = await this.deps.calls.start(requested);
      if (this.stateSignal() !== 'starting') {
        return; // stopped while the server answered
      }
      this.id = status.id;
      const id = status.id;
      if (this.deps.onServer) {
        this.stateSignal.set(status.paused ? 'paused' : 'recording');
        return;
      }
      this.uploader = new ChunkUploader(
        (sequence, data) => this.deps.calls.chunk(id, sequence, data),
        this.deps.clock,
        () => this.errorSignal.set('Part of the recording could not be uploaded.'),
      );
      this.mix = this.deps.createMix(this.deps.video);
      this.mix.set(this.parties.own, this.parties.others);
      const recorder = this.deps.createRecorder(this.mix.stream, mimeType(this.deps.video));
      recorder.ondataavailable = (event) => this.uploader?.add(event.data);
      recorder.start(CHUNK_MS);
      this.recorder = recorder;
      this.stateSignal.set('recording');
    } catch (error: unknown) {
      this.fail('The call could not be recorded' + reason(error));
    }
  }

  /** The parties whose media is recorded: the agent's own and the others'. */
  update(own: MediaStream | null, others: readonly MediaStream[]): void {
    this.parties = { own, others };
    this.mix?.set(own, others);
  }

  async pause(paused: boolean): Promise<void> {
    const recorder = this.recorder;
    const id = this.id;
    const from = paused ? 'recording' : 'paused';
    if ((!recorder && !this.deps.onServer) || !id || this.stateSignal() !== from) {
      return;
    }
    if (paused) {
      recorder?.pause();
    } else {
      recorder?.resume();
    }
    this.stateSignal.set(paused ? 'paused' : 'recording');
    try {
      await this.deps.calls.pause(id, paused);
    } catch (error: unknown) {
      this.errorSignal.set('The pause was not noted on the server' + reason(error));
    }
  }

  /** The call is over for the agent: the last chunk goes, then the recording is finished. */
  async stop(): Promise<void> {
    const state = this.stateSignal();
    if (state === 'starting') {
      this.stateSignal.set('done');
      return;
    }
    if (state !== 'recording' && state !== 'paused') {
      return;
    }
    if (this.deps.onServer) {
      this.stateSignal.set('done'); // the media server finishes it when the call ends
      return;
    }
    this.stateSignal.set('stopping');
    const recorder = this.recorder;
    if (recorder && recorder.state !== 'inactive') {
      await new Promise<void>((resolve) => {
        recorder.onstop = () => resolve();
        recorder.stop();
      });
    }
    this.mix?.close();
    this.mix = null;
    try {
      await this.uploader?.drain();
      if (this.id) {
        await this.deps.calls.finish(this.id);
      }
      this.stateSignal.set('done');
    } catch (error: unknown) {
      this.fail('The recording could not be finished' + reason(error));
    }
  }

  private fail(message: string): void {
    this.errorSignal.set(message);
    this.stateSignal.set('failed');
    try {
      if (this.recorder && this.recorder.state !== 'inactive') {
        this.recorder.stop();
      }
    } catch {
      // already stopped
    }
    this.mix?.close();
    this.mix = null;
  }
}

/** WebM with Opus (and VP8 for video), which Chromium and Firefox both record. */
export function mimeType(video: boolean): string {
  return video ? 'video/webm;codecs=vp8,opus' : 'audio/webm;codecs=opus';
}

function reason(error: unknown): string {
  const body = (error as { error?: { error?: unknown } } | null)?.error?.error;
  return typeof body === 'string' && body.trim() !== '' ? ': ' + body : '.';
}
