import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Frame } from '@parley/shared';
import { CALL_MESH_FACTORY, Mesh } from '../../agent/call/call-mesh';
import { LocalMedia, stopTracks } from '../../agent/call/local-media';
import { WallboardFeed } from '../wallboard/wallboard-feed';

/** How a supervisor monitors a live call (docs/supervisor-protocol.md, "Monitoring"). */
export type MonitorMode = 'LISTEN' | 'WHISPER' | 'BARGE';

/** One monitoring session as the wallboard shows it. */
export interface Monitoring {
  readonly conversationId: string;
  /** The mode the server confirmed (null until it did). */
  readonly mode: MonitorMode | null;
  /** Asked for and not confirmed yet. */
  readonly asked: MonitorMode;
  readonly state: 'connecting' | 'live' | 'ended';
}

const MODES = new Set(['LISTEN', 'WHISPER', 'BARGE']);

/**
 * A supervisor listening to, whispering into or barging into one live call at a time, over the
 * wallboard's socket: `monitorStart` is answered with `callPeers` and the shared `CallMesh` does
 * the rest towards the peer the server names (the agent's browser peer to peer, the media server
 * in Kurento mode). The microphone is opened for whisper and barge and sent only then: in LISTEN
 * the sender carries no track (`replaceTrack(null)`), so nobody receives anything from the
 * supervisor. Switching modes changes only that, never the connection. What the call sounds like
 * arrives as `remote`, played by the wallboard. Provided by the wallboard beside its feed.
 */
@Injectable()
export class CallMonitor {
  private readonly feed = inject(WallboardFeed);
  private readonly media = inject(LocalMedia);
  private readonly createMesh = inject(CALL_MESH_FACTORY);
  private readonly current = signal<Monitoring | null>(null);
  private readonly failure = signal<string | null>(null);
  private readonly heard = signal<MediaStream | null>(null);
  private mesh: Mesh | null = null;
  private mic: MediaStream | null = null;
  private agentPeer: string | null = null;

  readonly monitoring = this.current.asReadonly();
  /** Why the last action failed (the server's refusal, a blocked microphone). */
  readonly error = this.failure.asReadonly();
  /** The call as the supervisor hears it. */
  readonly remote = this.heard.asReadonly();

  constructor() {
    this.feed.listen((frame) => this.receive(frame));
    effect(() => {
      if (this.feed.connection() !== 'open') {
        untracked(() => this.ended('The connection to Parley was lost; monitoring stopped.'));
      }
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts monitoring `conversationId` (stopping another call first), or changes the mode. */
  async start(conversationId: string, mode: MonitorMode): Promise<void> {
    const now = this.current();
    if (now && now.state !== 'ended' && now.conversationId === conversationId) {
      await this.change(mode);
      return;
    }
    this.stop();
    this.failure.set(null);
    if (mode !== 'LISTEN' && !(await this.openMic())) {
      return;
    }
    if (mode === 'LISTEN') {
      await this.openMic(true); // for a later whisper; listening works without it
    }
    this.current.set({ conversationId, mode: null, asked: mode, state: 'connecting' });
    this.agentPeer = null;
    const mesh = this.createMesh({
      conversationId,
      send: (frame) => void this.feed.send(frame as Frame),
      receiveVideo: false,
      onRemoteStream: (peer, stream) => {
        this.agentPeer = peer.id;
        this.heard.set(stream);
        this.update({ state: 'live' });
      },
      onPeerGone: (peerId) => {
        if (peerId === this.agentPeer) {
          this.heard.set(null);
        }
      },
    });
    this.mesh = mesh;
    if (this.feed.connection() !== 'open') {
      this.ended('Not connected to Parley; try again in a moment.');
      return;
    }
    mesh.joinWith({ type: 'monitorStart', mode });
  }

  /** Stops monitoring (the server is told; the call goes on). */
  stop(): void {
    const now = this.current();
    if (now && now.state !== 'ended') {
      this.feed.send({ type: 'monitorStop', conversationId: now.conversationId });
    }
    this.release();
    if (now) {
      this.current.set({ ...now, state: 'ended' });
    }
  }

  private async change(mode: MonitorMode): Promise<void> {
    const now = this.current();
    if (!now) {
      return;
    }
    this.failure.set(null);
    if (mode !== 'LISTEN' && !this.mic && !(await this.openMic())) {
      return;
    }
    this.update({ asked: mode });
    this.feed.send({ type: 'monitorMode', conversationId: now.conversationId, mode });
  }

  private receive(frame: Frame): void {
    const now = this.current();
    if (!now || now.state === 'ended') {
      return;
    }
    if (frame.type === 'error') {
      const message = typeof frame['message'] === 'string' ? frame['message'] : 'Refused.';
      if (now.state === 'connecting' && now.mode === null) {
        this.ended(message);
      } else {
        this.failure.set(message);
      }
      return;
    }
    if (frame['conversationId'] !== now.conversationId) {
      return;
    }
    if (frame.type === 'callMonitor') {
      const mode = frame['mode'];
      if (typeof mode === 'string' && MODES.has(mode)) {
        this.update({ mode: mode as MonitorMode, asked: mode as MonitorMode });
        this.mesh?.setLocalStream(mode === 'LISTEN' ? null : this.mic);
      } else {
        this.ended(null);
      }
      return;
    }
    if (frame.type === 'callFailed') {
      this.ended(typeof frame['message'] === 'string' ? frame['message'] : 'The call failed.');
      return;
    }
    if (frame.type === 'callPeers') {
      // The connection is set up with the microphone, so that a later whisper needs no new
      // offer; unless the server confirmed a speaking mode, nothing of it is sent.
      this.mesh?.setLocalStream(this.mic);
      this.mesh?.handle(frame);
      this.mesh?.setLocalStream(now.mode === 'WHISPER' || now.mode === 'BARGE' ? this.mic : null);
      return;
    }
    this.mesh?.handle(frame);
  }

  private async openMic(quiet = false): Promise<boolean> {
    if (this.mic) {
      return true;
    }
    const opened = await this.media.open(false);
    if (opened.ok) {
      this.mic = opened.stream;
      return true;
    }
    if (!quiet) {
      this.failure.set(opened.error + ' Whisper and barge need it; you can still listen.');
    }
    return false;
  }

  private ended(message: string | null): void {
    const now = this.current();
    if (!now || now.state === 'ended') {
      return;
    }
    this.release();
    this.current.set({ ...now, state: 'ended' });
    if (message) {
      this.failure.set(message);
    }
  }

  private release(): void {
    this.mesh?.close();
    this.mesh = null;
    stopTracks(this.mic);
    this.mic = null;
    this.heard.set(null);
    this.agentPeer = null;
  }

  private update(change: Partial<Monitoring>): void {
    const now = this.current();
    if (now) {
      this.current.set({ ...now, ...change });
    }
  }
}
