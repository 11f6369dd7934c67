import { CallMesh, CallSetup, Cancel, Clock, Frame, PeerInfo } from '@parley/shared';
import { HoldMusic } from './hold-music';

export interface RemoteMedia {
  readonly peerId: string;
  readonly stream: MediaStream;
}

export interface LiveCallOptions {
  readonly createPeerConnection: (config: RTCConfiguration) => RTCPeerConnection;
  readonly clock: Clock;
  readonly music: HoldMusic;
  readonly send: (frame: Frame) => void;
  /** The conversation, or '' while the visitor does not know it (the server's frames say). */
  readonly conversationId: string;
  /** Whether an agent took the call (status `ACTIVE`): no more waiting music then. */
  readonly agentTook: () => boolean;
  /** Whether to play the greeting before the hold loop (once per call). */
  readonly greet: boolean;
  readonly onChange: () => void;
}

/**
 * The media of a joined call: the `CallMesh` and what it reports (the other parties' streams,
 * which connections are up, since when), and which music the visitor hears while nobody talks
 * to them. It lives from the first `callJoin` until the visitor leaves the media (keep my place,
 * a failure, the end); a reconnect joins again with the same one.
 */
export class LiveCall {
  private readonly mesh: CallMesh;
  private readonly remotes = new Map<string, MediaStream>();
  private readonly connected = new Set<string>();
  private since: number | null = null;
  private stopTick: Cancel | null = null;
  private onHold = false;
  private musicFromServer = false;
  private greet: boolean;

  constructor(private readonly options: LiveCallOptions) {
    this.greet = options.greet;
    this.mesh = new CallMesh({
      conversationId: options.conversationId,
      send: (frame) => options.send(frame as Frame),
      createPeerConnection: options.createPeerConnection,
      clock: options.clock,
      customer: true,
      onRemoteStream: (peer, stream) => this.remoteStream(peer, stream),
      onPeerGone: (peerId) => {
        this.remotes.delete(peerId);
        this.connected.delete(peerId);
        options.onChange();
      },
      onConnectionState: (peerId, state) => this.connectionState(peerId, state),
      onSetup: (setup) => this.setUp(setup),
      onHold: (on, musicFromServer) => {
        this.onHold = on;
        this.musicFromServer = musicFromServer;
        if (on && !musicFromServer) {
          options.music.hold();
        } else {
          options.music.stop();
        }
        options.onChange();
      },
    });
  }

  /** The agent holds the call. */
  get held(): boolean {
    return this.onHold;
  }

  /** Some party's media is up. */
  get isConnected(): boolean {
    return this.connected.size > 0;
  }

  /** When the media first connected (clock milliseconds), for the call timer. */
  get connectedAt(): number | null {
    return this.since;
  }

  remoteMedia(): RemoteMedia[] {
    return [...this.remotes].map(([peerId, stream]) => ({ peerId, stream }));
  }

  /** Sends `callJoin` with these devices (again after a reconnect). */
  join(local: MediaStream, video: boolean): void {
    this.mesh.setLocalStream(local);
    this.mesh.join(video);
  }

  /** A media frame of the server. */
  handle(frame: Frame): void {
    if (frame.type === 'callPeerJoined' && !this.onHold && !this.musicFromServer) {
      this.options.music.stop(); // an agent's browser joined
    }
    this.mesh.handle(frame);
  }

  /** An agent took the call (status `ACTIVE`). */
  agentTookCall(): void {
    if (!this.onHold) {
      this.options.music.stop();
    }
  }

  close(): void {
    this.mesh.close();
    this.options.music.stop();
    this.stopTick?.();
    this.stopTick = null;
    this.remotes.clear();
    this.connected.clear();
  }

  private setUp(setup: CallSetup): void {
    this.onHold = setup.held;
    this.musicFromServer = setup.musicFromServer;
    const music = this.options.music;
    const agentThere = setup.peers.some((peer) => peer.role !== 'CUSTOMER');
    if (setup.musicFromServer) {
      music.stop();
    } else if (setup.held) {
      music.hold();
    } else if (!this.options.agentTook() && !agentThere) {
      if (this.greet) {
        this.greet = false;
        music.greetThenHold();
      } else {
        music.hold();
      }
    } else {
      music.stop();
    }
    this.options.onChange();
  }

  private remoteStream(peer: PeerInfo, stream: MediaStream): void {
    this.remotes.set(peer.id, stream);
    if (peer.role !== 'CUSTOMER' && !this.musicFromServer && !this.onHold) {
      this.options.music.stop();
    }
    this.options.onChange();
  }

  private connectionState(peerId: string, state: RTCPeerConnectionState): void {
    if (state === 'connected') {
      this.connected.add(peerId);
      if (this.since === null) {
        this.since = this.options.clock.now();
        // The call timer moves every second.
        this.stopTick = this.options.clock.repeat(1_000, () => this.options.onChange());
      }
    } else if (state !== 'connecting' && state !== 'new') {
      this.connected.delete(peerId);
    }
    this.options.onChange();
  }
}
