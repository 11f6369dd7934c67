import { Clock, Frame } from '@parley/shared';
import { CallStore } from './call-store';
import {
  CallChannel,
  CallMedia,
  DeviceProblem,
  LevelMeter,
  deviceProblem,
  openDevices,
  stopDevices,
} from './devices';
import { HoldMusic, Ringer } from './hold-music';
import { LiveCall, RemoteMedia } from './live-call';

export type { RemoteMedia } from './live-call';

/**
 * Where the visitor's call stands, as the widget shows it (and `data-call-state` says for tests).
 * `checking`: the devices are open for the pre-call check. `queued`: waiting for an agent (or,
 * after "Keep my place", for the callback). `ringing`: the callback rings. `connecting`: an agent
 * took the call, the media is not up yet. `failed`: a problem message shows.
 */
export type CallState =
  | 'idle'
  | 'checking'
  | 'queued'
  | 'ringing'
  | 'connecting'
  | 'active'
  | 'held'
  | 'ended'
  | 'failed';

export interface CallSnapshot {
  readonly state: CallState;
  readonly channel: CallChannel | null;
  readonly problem: DeviceProblem | null;
  /** After a failure: whether Try again (open the devices and join again) makes sense. */
  readonly canRetry: boolean;
  readonly keptPlace: boolean;
  /** Whether the queue lets the caller keep the place away from the call. */
  readonly canKeepPlace: boolean;
  readonly ringingAgent: string | null;
  readonly local: MediaStream | null;
  readonly remotes: readonly RemoteMedia[];
  readonly muted: boolean;
  readonly cameraOff: boolean;
  /** The microphone's level (0–1) during the pre-call check. */
  readonly level: number;
  /** When the media first connected (clock milliseconds), for the call timer. */
  readonly connectedAt: number | null;
}

export interface CallSessionOptions {
  readonly media: CallMedia;
  readonly clock: Clock;
  readonly store: CallStore;
  readonly music: HoldMusic;
  readonly ringer: Ringer;
  /** Puts a frame on the chat's socket. */
  readonly send: (frame: Frame) => void;
  /** The chat's conversation, once known. */
  readonly conversationId: () => string | null;
  /** The chat protocol's `end`. */
  readonly end: () => void;
  readonly onChange: () => void;
}

export const MEDIA_UNAVAILABLE_TEXT =
  'Calls are unavailable right now. You can chat with us or leave a message instead.';
export const MEDIA_FAILED_TEXT = 'The call was cut off. You can keep chatting with us here.';

type Stage = 'idle' | 'checking' | 'open' | 'failed' | 'ended';

/**
 * The visitor's side of docs/call-protocol.md on top of the chat (`ChatSession` owns the socket
 * and hands every frame to `frame()` after it took what it needs): when to open the devices and
 * join, keep my place and the callback's ring, failures, the end. It owns the devices and the
 * `LiveCall` (the mesh and the music) while joined; the widget renders `state` and calls its
 * actions.
 *
 * Invariants: devices, mesh, music and ring are released whenever the call leaves the `open`
 * stage (and on `dispose()`); `callJoin` goes out once per socket connection while the call is
 * open and the visitor did not choose to keep their place; the open call's channel is stored, so
 * that a reload joins again.
 */
export class CallSession {
  private stage: Stage = 'idle';
  private channel: CallChannel | null = null;
  private problem: DeviceProblem | null = null;
  private canRetry = false;
  private keptPlace = false;
  private canKeepPlace = false;
  private ringingAgent: string | null = null;
  private local: MediaStream | null = null;
  private muted = false;
  private cameraOff = false;
  private level = 0;
  private chatPhase: 'STARTING' | 'QUEUED' | 'ACTIVE' | null = null;
  private greeted = false;
  private joined = false;
  private opening = false;
  private live: LiveCall | null = null;
  private meter: LevelMeter | null = null;

  constructor(private readonly options: CallSessionOptions) {
    const stored = options.store.load();
    if (stored) {
      // A reload during a call: `welcome` says whether it is still going on.
      this.stage = 'open';
      this.channel = stored.channel;
      this.keptPlace = stored.keptPlace;
      this.greeted = true;
    }
  }

  get state(): CallSnapshot {
    return {
      state: this.callState(),
      channel: this.channel,
      problem: this.problem,
      canRetry: this.canRetry,
      keptPlace: this.keptPlace,
      canKeepPlace: this.canKeepPlace,
      ringingAgent: this.ringingAgent,
      local: this.local,
      remotes: this.live?.remoteMedia() ?? [],
      muted: this.muted,
      cameraOff: this.cameraOff,
      level: this.level,
      connectedAt: this.live?.connectedAt ?? null,
    };
  }

  /** The visitor chose Call or Video: open the devices for the pre-call check. */
  async prepare(channel: CallChannel): Promise<void> {
    this.release();
    this.stage = 'checking';
    this.channel = channel;
    this.problem = null;
    this.changed();
    let stream: MediaStream;
    try {
      stream = await openDevices(this.options.media, channel);
    } catch (error) {
      if (this.stage === 'checking' && this.channel === channel) {
        this.fail(deviceProblem(error, channel), false);
      }
      return;
    }
    if (this.stage !== 'checking' || this.channel !== channel) {
      stopDevices(stream); // cancelled while the browser asked
      return;
    }
    this.local = stream;
    const createAudioContext = this.options.media.createAudioContext;
    if (createAudioContext) {
      try {
        this.meter = new LevelMeter(stream, createAudioContext, this.options.clock, (level) => {
          this.level = level;
          this.changed();
        });
      } catch {
        this.meter = null; // no meter; the call works without it
      }
    }
    this.changed();
  }

  /** Whether the pre-call check has the devices open, so that the call may start. */
  get ready(): boolean {
    return this.stage === 'checking' && this.local !== null;
  }

  /** The visitor pressed Start: the widget sends the chat's `start` with the channel. */
  begin(): void {
    this.meter?.stop();
    this.meter = null;
    this.stage = 'open';
    this.chatPhase = 'STARTING';
    this.keptPlace = false;
    this.greeted = false;
    this.save();
    this.changed();
  }

  /** Back from the check or a problem, before a call started. */
  cancel(): void {
    this.finish('idle');
  }

  /** A frame of the chat socket, after `ChatSession` handled it. */
  frame(frame: Frame): void {
    if (this.stage === 'idle' || this.stage === 'checking' || this.stage === 'ended') {
      return;
    }
    switch (frame.type) {
      case 'welcome':
        return this.welcome(frame['conversation']);
      case 'status':
        return this.status(frame['status']);
      case 'queue':
        if (this.canKeepPlace !== (frame['keepPlace'] === true)) {
          this.canKeepPlace = frame['keepPlace'] === true;
          this.changed();
        }
        return;
      case 'error':
        if (this.chatPhase === 'STARTING') {
          this.finish('idle'); // the start was refused; the chat says why
        } else if (
          frame['code'] === 'NOT_ALLOWED' &&
          this.keptPlace &&
          this.ringingAgent === null &&
          !this.joined
        ) {
          // Keep my place was refused (the queue has no virtual hold): back into the call.
          this.keptPlace = false;
          this.save();
          this.changed();
          this.join();
        }
        return;
      case 'callRing':
        this.ringingAgent = typeof frame['agentName'] === 'string' ? frame['agentName'] : '';
        this.options.ringer.start();
        this.changed();
        return;
      case 'callFailed':
        return this.fail(
          {
            code: typeof frame['code'] === 'string' ? frame['code'] : 'MEDIA_FAILED',
            message:
              frame['code'] === 'MEDIA_UNAVAILABLE' ? MEDIA_UNAVAILABLE_TEXT : MEDIA_FAILED_TEXT,
          },
          false,
        );
    }
    this.live?.handle(frame);
  }

  /** After a device problem: open the devices again and join. */
  retry(): void {
    if (this.stage === 'failed' && this.canRetry) {
      this.stage = 'open';
      this.problem = null;
      this.joined = false;
      this.changed();
      this.join();
    }
  }

  /** Virtual hold: leave the media, keep the place in the queue, wait for `callRing`. */
  keepPlace(): void {
    this.options.send({ type: 'keepPlace' });
    this.releaseMedia();
    this.keptPlace = true;
    this.save();
    this.changed();
  }

  /** The callback rang and the visitor answers: open the devices and join. */
  answer(): void {
    this.options.ringer.stop();
    this.ringingAgent = null;
    this.keptPlace = false;
    this.joined = false;
    this.save();
    this.changed();
    this.join();
  }

  decline(): void {
    this.options.ringer.stop();
    this.ringingAgent = null;
    this.changed();
    this.options.end();
  }

  /** Ends the call (the chat protocol's `end`); the media goes at once. */
  hangUp(): void {
    this.options.end();
    this.finish('ended');
  }

  toggleMute(): void {
    this.muted = !this.muted;
    this.applyTrackSwitches();
    this.changed();
  }

  toggleCamera(): void {
    this.cameraOff = !this.cameraOff;
    this.applyTrackSwitches();
    this.changed();
  }

  /** After an ended call, back to idle for the next chat or call. */
  reset(): void {
    this.finish('idle');
  }

  /** The widget left the page: release everything, keep what is stored for a reload. */
  dispose(): void {
    this.release();
  }

  private welcome(conversation: unknown): void {
    this.joined = false;
    const status =
      typeof conversation === 'object' && conversation !== null
        ? (conversation as { status?: unknown }).status
        : null;
    if (status === null && this.chatPhase === 'STARTING') {
      return; // the chat sends `start` again
    }
    this.status(status);
  }

  private status(status: unknown): void {
    if (status === 'QUEUED' || status === 'ACTIVE') {
      this.chatPhase = status;
      if (status === 'ACTIVE') {
        this.live?.agentTookCall();
      }
      if (this.stage === 'open') {
        this.join();
      }
      this.changed();
    } else if (status === 'ENDED') {
      this.finish('ended');
    } else if (this.stage === 'open' || this.stage === 'failed') {
      this.finish('idle'); // OFFLINE, MESSAGE_LEFT or no conversation: the chat shows what next
    }
  }

  /** `callJoin` once per connection, opening the devices first when they are not open. */
  private join(): void {
    if (this.stage !== 'open' || this.keptPlace || this.ringingAgent !== null || this.joined) {
      return;
    }
    if (!this.local) {
      void this.openAndJoin();
      return;
    }
    this.joined = true;
    if (!this.live) {
      this.live = new LiveCall({
        createPeerConnection: this.options.media.createPeerConnection,
        clock: this.options.clock,
        music: this.options.music,
        send: this.options.send,
        conversationId: this.options.conversationId() ?? '',
        agentTook: () => this.chatPhase === 'ACTIVE',
        greet: !this.greeted,
        onChange: () => this.changed(),
      });
      this.greeted = true;
    }
    this.live.join(this.local, this.channel === 'VIDEO');
  }

  private async openAndJoin(): Promise<void> {
    const channel = this.channel;
    if (this.opening || !channel) {
      return;
    }
    this.opening = true;
    let stream: MediaStream;
    try {
      stream = await openDevices(this.options.media, channel);
    } catch (error) {
      if (this.stage === 'open') {
        this.fail(deviceProblem(error, channel), true);
      }
      return;
    } finally {
      this.opening = false;
    }
    if (this.stage !== 'open' || this.keptPlace) {
      stopDevices(stream);
      return;
    }
    this.local = stream;
    this.applyTrackSwitches();
    this.changed();
    this.join();
  }

  private callState(): CallState {
    if (this.stage !== 'open') {
      return this.stage;
    }
    if (this.ringingAgent !== null) {
      return 'ringing';
    }
    if (this.chatPhase !== 'ACTIVE') {
      return 'queued';
    }
    if (this.live?.held) {
      return 'held';
    }
    return this.live?.isConnected ? 'active' : 'connecting';
  }

  private fail(problem: DeviceProblem, canRetry: boolean): void {
    this.release();
    this.stage = 'failed';
    this.problem = problem;
    this.canRetry = canRetry;
    if (!canRetry) {
      this.options.store.save(null);
    }
    this.changed();
  }

  private finish(stage: 'idle' | 'ended'): void {
    this.release();
    this.stage = stage;
    if (stage === 'idle') {
      this.channel = null;
    }
    this.problem = null;
    this.keptPlace = false;
    this.chatPhase = null;
    this.options.store.save(null);
    this.changed();
  }

  /** Devices, mesh, music, ring and timers go; what the call is (stage, channel) stays. */
  private release(): void {
    this.meter?.stop();
    this.meter = null;
    this.releaseMedia();
    this.options.ringer.stop();
    this.ringingAgent = null;
    this.muted = false;
    this.cameraOff = false;
    this.level = 0;
  }

  private releaseMedia(): void {
    this.live?.close();
    this.live = null;
    stopDevices(this.local);
    this.local = null;
    this.options.music.stop();
    this.joined = false;
  }

  private applyTrackSwitches(): void {
    for (const track of this.local?.getTracks() ?? []) {
      track.enabled = track.kind === 'audio' ? !this.muted : !this.cameraOff;
    }
  }

  private save(): void {
    if (this.channel) {
      this.options.store.save({ channel: this.channel, keptPlace: this.keptPlace });
    }
  }

  private changed(): void {
    this.options.onChange();
  }
}
