import { Signal, computed, signal } from '@angular/core';
import { Cancel, Clock, Frame, PeerInfo } from '@parley/shared';
import { CallQuality, NO_QUALITY, callQuality } from './call-quality';
import { Mesh, MeshFactory } from './call-mesh';
import { LocalMediaResult, stopTracks } from './local-media';
import { MonitorMix, MonitorMixer } from './monitor/monitor-mix';

/** How a supervisor monitors the call (docs/call-protocol.md, "Monitoring"). */
export type MonitorMode = 'LISTEN' | 'WHISPER' | 'BARGE';

const STRENGTH: Record<MonitorMode, number> = { LISTEN: 1, WHISPER: 2, BARGE: 3 };

/** What the call panel shows (and `data-call-state` says); `ringing` is the offer card's. */
export type CallState = 'ringing' | 'connecting' | 'active' | 'held' | 'ended' | 'failed';

/** How often the network quality is measured. */
export const STATS_EVERY_MS = 2_000;

/** A remote party whose media arrived. */
export interface RemoteMedia {
  readonly peer: PeerInfo;
  readonly stream: MediaStream;
}

/** A consult the agent asked for during the call, while it lasts. */
export interface PendingConsult {
  readonly consultId: string;
  /** A warm transfer: the customer hears music while the agent talks to the colleague. */
  readonly privately: boolean;
}

export interface CallSessionDeps {
  readonly conversationId: string;
  readonly video: boolean;
  readonly clock: Clock;
  readonly createMesh: MeshFactory;
  readonly openDevices: (video: boolean) => Promise<LocalMediaResult>;
  /** Sends a frame on the agent's socket; false when it is down (a rejoin follows its reopening). */
  readonly send: (frame: Frame) => boolean;
  /** Default: a Web Audio `MonitorMix`; specs give a fake. */
  readonly createMonitorMix?: () => MonitorMixer;
}

/**
 * The agent's side of one call's media: their devices, the mesh towards the other parties, and
 * everything the call panel shows about it, as signals.
 *
 * Invariants: the agent joins (`callJoin`) only with devices open, and again after every reopening
 * of the socket while the session lasts. Once ended, a session holds no devices, no mesh and no
 * timer, and stays ended.
 */
export class CallSession {
  readonly conversationId: string;
  readonly video: boolean;
  private readonly mesh: Mesh;
  private readonly remotesSignal = signal<readonly RemoteMedia[]>([]);
  private readonly connections = signal<ReadonlyMap<string, RTCPeerConnectionState>>(new Map());
  private readonly local = signal<MediaStream | null>(null);
  private readonly failure = signal<string | null>(null);
  private readonly note = signal<string | null>(null);
  private readonly over = signal(false);
  private readonly opening = signal(false);
  private readonly mutedSignal = signal(false);
  private readonly cameraOffSignal = signal(false);
  private readonly heldSignal = signal(false);
  private readonly serverMusic = signal(false);
  private readonly measured = signal<CallQuality>(NO_QUALITY);
  private stopStats: Cancel | null = null;
  /** The colleague or expert who joined for the pending consult: their leaving ends it. */
  private consultPeer: string | null = null;
  private readonly monitorsSignal = signal<ReadonlyMap<string, MonitorMode>>(new Map());
  private readonly supervisorStreams = signal<ReadonlyMap<string, MediaStream>>(new Map());
  private readonly sentToOthers = signal<'mic' | 'mix'>('mic');
  private mix: MonitorMixer | null = null;
  private kurento = false;

  /** The supervisors monitoring the call and their modes. */
  readonly monitors = this.monitorsSignal.asReadonly();
  /** The strongest mode a supervisor monitors in (BARGE over WHISPER over LISTEN), or null. */
  readonly monitorMode = computed<MonitorMode | null>(() => {
    let strongest: MonitorMode | null = null;
    for (const mode of this.monitorsSignal().values()) {
      if (strongest === null || STRENGTH[mode] > STRENGTH[strongest]) {
        strongest = mode;
      }
    }
    return strongest;
  });
  /** Supervisors the agent hears (whisper, barge); a listening one is never played. */
  readonly coaching = computed(() => {
    const modes = this.monitorsSignal();
    return [...this.supervisorStreams()]
      .filter(([id]) => modes.get(id) === 'WHISPER' || modes.get(id) === 'BARGE')
      .map(([id, stream]) => ({ id, stream }));
  });
  /**
   * The barging supervisors' media: what the customer hears of them, so it is in the call's
   * recording too (a listening or whispering supervisor is not).
   */
  readonly barging = computed(() => {
    const modes = this.monitorsSignal();
    return [...this.supervisorStreams()]
      .filter(([id]) => modes.get(id) === 'BARGE')
      .map(([, stream]) => stream);
  });
  /** What the customer and experts receive from this browser: the microphone, or (barge) the mix. */
  readonly sending = this.sentToOthers.asReadonly();
  private readonly bargeTrackId = signal<string | null>(null);
  /** The id of the audio track the customer and experts receive (tests compare the senders'). */
  readonly sendingTrackId = computed(
    () => this.bargeTrackId() ?? this.local()?.getAudioTracks()[0]?.id ?? null,
  );

  readonly remotes = this.remotesSignal.asReadonly();
  readonly localStream = this.local.asReadonly();
  /** Why the call cannot go on (devices, or `callFailed`), until retried. */
  readonly error = this.failure.asReadonly();
  /** Something the agent should know that does not stop the call (e.g. audio only). */
  readonly warning = this.note.asReadonly();
  readonly muted = this.mutedSignal.asReadonly();
  readonly cameraOff = this.cameraOffSignal.asReadonly();
  readonly held = this.heldSignal.asReadonly();
  readonly musicFromServer = this.serverMusic.asReadonly();
  readonly quality = this.measured.asReadonly();
  readonly ended = this.over.asReadonly();
  /** The browser is asking for (or opening) the agent's devices. */
  readonly openingDevices = this.opening.asReadonly();
  /** The agent's own camera is sending. */
  readonly hasCamera = computed(() => (this.local()?.getVideoTracks().length ?? 0) > 0);
  private readonly pendingConsult = signal<PendingConsult | null>(null);
  /** The consult the agent asked for, until it is handed over, returned, or the other one left. */
  readonly consult = this.pendingConsult.asReadonly();

  readonly state: Signal<CallState> = computed(() => {
    if (this.over()) {
      return 'ended';
    }
    if (this.failure() !== null) {
      return 'failed';
    }
    if (this.heldSignal()) {
      return 'held';
    }
    const connections = this.connections();
    const live = this.remotesSignal().some((remote) => {
      const state = connections.get(remote.peer.id);
      return state === undefined || state === 'connected';
    });
    return live || Array.from(connections.values()).includes('connected') ? 'active' : 'connecting';
  });

  constructor(private readonly deps: CallSessionDeps) {
    this.conversationId = deps.conversationId;
    this.video = deps.video;
    this.mesh = deps.createMesh({
      conversationId: deps.conversationId,
      send: (frame) => void deps.send(frame as Frame),
      clock: deps.clock,
      // The agent sees the customer's video even without a camera of their own.
      receiveVideo: deps.video,
      streamFor: (peer) => this.streamFor(peer),
      onRemoteStream: (peer, stream) => {
        if (peer.role === 'SUPERVISOR') {
          this.supervisorStreams.update((streams) => new Map(streams).set(peer.id, stream));
          this.remix();
          return;
        }
        this.remotesSignal.update((remotes) => [
          ...remotes.filter((r) => r.peer.id !== peer.id),
          { peer, stream },
        ]);
        if (
          this.consult() !== null &&
          this.consultPeer === null &&
          peer.role !== 'CUSTOMER' &&
          peer.id !== 'media'
        ) {
          this.consultPeer = peer.id;
        }
        if (this.monitorsSignal().size > 0) {
          this.remix();
        }
      },
      onPeerGone: (peerId) => this.forget(peerId),
      onConnectionState: (peerId, state) =>
        this.connections.update((states) => new Map(states).set(peerId, state)),
      onSetup: (setup) => {
        this.kurento = setup.mode === 'KURENTO';
        this.holdChanged(setup.held, setup.musicFromServer);
      },
      onHold: (on, musicFromServer) => this.holdChanged(on, musicFromServer),
    });
  }

  /** Opens the agent's devices and joins the call (or again, after a failure). */
  async start(): Promise<void> {
    if (this.over() || this.opening()) {
      return;
    }
    this.failure.set(null);
    if (this.local() !== null) {
      this.join();
      return;
    }
    this.opening.set(true);
    const devices = await this.deps.openDevices(this.video);
    this.opening.set(false);
    if (this.over()) {
      // The call ended while the browser asked for the devices.
      if (devices.ok) {
        stopTracks(devices.stream);
      }
      return;
    }
    if (!devices.ok) {
      this.failure.set(devices.error);
      return;
    }
    this.note.set(devices.warning);
    this.local.set(devices.stream);
    this.mesh.setLocalStream(devices.stream);
    if (this.monitorsSignal().size > 0) {
      this.remix();
    }
    this.applyMuted();
    this.mesh.setCameraOff(this.cameraOffSignal());
    this.join();
  }

  /** The socket reopened: join again so the server puts the agent back into the media. */
  rejoin(): void {
    if (!this.over() && this.local() !== null && this.failure() === null) {
      this.join();
    }
  }

  /** A frame for this call's conversation. */
  handle(frame: Frame): void {
    if (this.over()) {
      return;
    }
    // `callHold` reaches `holdChanged` through the mesh's `onHold`.
    this.mesh.handle(frame);
    if (frame.type === 'callMonitor') {
      this.monitorChanged(frame['supervisor'], frame['mode']);
    }
    if (frame.type === 'callFailed') {
      const message = frame['message'];
      this.failure.set(
        typeof message === 'string' && message.trim() !== '' ? message : 'The call media failed.',
      );
    }
  }

  setMuted(muted: boolean): void {
    this.mutedSignal.set(muted);
    this.applyMuted();
  }

  setCameraOff(off: boolean): void {
    this.cameraOffSignal.set(off);
    this.mesh.setCameraOff(off);
  }

  /** The hold the agent asked for was accepted by the server. */
  holdChanged(on: boolean, musicFromServer: boolean): void {
    this.heldSignal.set(on);
    this.serverMusic.set(musicFromServer);
    this.applyMuted();
  }

  /** A consult the agent asked for began (or, with null, is over). */
  consulting(consult: PendingConsult | null): void {
    this.pendingConsult.set(consult);
    this.consultPeer = null;
  }

  /** The agent leaves the media (transfer, handover, an expert's leave); the call goes on. */
  leave(): void {
    if (!this.over()) {
      this.mesh.leave();
      this.end();
    }
  }

  /** The call is over for this agent: devices, mesh and measurements stop. */
  end(): void {
    if (this.over()) {
      return;
    }
    this.over.set(true);
    this.stopStats?.();
    this.stopStats = null;
    this.mesh.close();
    stopTracks(this.local());
    this.local.set(null);
    this.remotesSignal.set([]);
    this.connections.set(new Map());
    this.consulting(null);
    this.monitorsSignal.set(new Map());
    this.supervisorStreams.set(new Map());
    this.closeMix();
  }

  private monitorChanged(supervisor: unknown, mode: unknown): void {
    if (typeof supervisor !== 'string') {
      return;
    }
    this.monitorsSignal.update((monitors) => {
      const next = new Map(monitors);
      if (mode === 'LISTEN' || mode === 'WHISPER' || mode === 'BARGE') {
        next.set(supervisor, mode);
      } else {
        next.delete(supervisor);
      }
      return next;
    });
    this.remix();
  }

  /**
   * Peer to peer: a supervisor's link carries the call's mix, never the microphone alone; while
   * one barges, the others get the microphone mixed with them. Kurento mixes on the server.
   */
  private streamFor(peer: PeerInfo): MediaStream | null | undefined {
    if (peer.role === 'SUPERVISOR') {
      // Until the server says how they monitor (`callMonitor` follows their joining), nothing.
      return this.monitorsSignal().size > 0 ? (this.ensureMix()?.feed ?? null) : null;
    }
    if (this.sentToOthers() === 'mix' && this.mix) {
      return this.mix.barge(this.local()?.getVideoTracks() ?? []);
    }
    return undefined;
  }

  private ensureMix(): MonitorMixer | null {
    if (this.kurento || this.over()) {
      return null;
    }
    if (!this.mix) {
      try {
        this.mix = this.deps.createMonitorMix?.() ?? new MonitorMix();
      } catch {
        return null; // no Web Audio: the supervisor gets nothing rather than the bare microphone
      }
    }
    return this.mix;
  }

  /** Brings the mix and what each link sends in line with the supervisors and their modes. */
  private remix(): void {
    if (this.over()) {
      return;
    }
    const modes = this.monitorsSignal();
    if (modes.size === 0 || this.kurento) {
      this.sentToOthers.set('mic');
      this.bargeTrackId.set(null);
      this.mesh.refreshStreams();
      this.closeMix();
      return;
    }
    const mix = this.ensureMix();
    if (mix) {
      mix.set(
        this.local(),
        this.remotesSignal().map((r) => r.stream),
        this.barging(),
      );
      const barge = [...modes.values()].includes('BARGE');
      this.sentToOthers.set(barge ? 'mix' : 'mic');
      this.bargeTrackId.set(barge ? mix.bargeTrack.id : null);
    }
    this.mesh.refreshStreams();
  }

  private closeMix(): void {
    this.mix?.close();
    this.mix = null;
  }

  private join(): void {
    this.mesh.join(this.video);
    this.stopStats ??= this.deps.clock.repeat(STATS_EVERY_MS, () => void this.measure());
  }

  private async measure(): Promise<void> {
    try {
      const stats = await this.mesh.stats();
      if (!this.over()) {
        this.measured.set(callQuality(stats));
      }
    } catch {
      // A connection closing mid-read: the next measurement will do.
    }
  }

  private forget(peerId: string): void {
    if (peerId === this.consultPeer) {
      this.consulting(null);
    }
    this.remotesSignal.update((remotes) => remotes.filter((r) => r.peer.id !== peerId));
    if (this.supervisorStreams().has(peerId)) {
      this.supervisorStreams.update((streams) => {
        const next = new Map(streams);
        next.delete(peerId);
        return next;
      });
    }
    if (this.monitorsSignal().size > 0) {
      this.remix();
    }
    this.connections.update((states) => {
      const next = new Map(states);
      next.delete(peerId);
      return next;
    });
  }

  /** Mute is the agent's own; a hold pauses only the link to the customer (in the mesh). */
  private applyMuted(): void {
    if (this.local() !== null) {
      this.mesh.setMuted(this.mutedSignal());
    }
  }
}
