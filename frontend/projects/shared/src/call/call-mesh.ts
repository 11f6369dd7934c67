import { Clock, SystemClock } from '../time/clock';
import {
  CallSetup,
  PeerInfo,
  readCandidate,
  readDescription,
  readIceServers,
  readPeer,
  readRole,
} from './call-frames';
import { PeerStats } from './call-stats';
import { PeerLink } from './peer-link';

/** The customer's peer id (docs/call-protocol.md). */
const CUSTOMER = 'customer';
export interface CallMeshOptions {
  /**
   * The call's conversation. Empty when the visitor does not know it yet (a `status QUEUED`
   * frame does not name it): the mesh then takes it from the first media frame of the server,
   * and omits it from what it sends until then, as the protocol allows the visitor.
   */
  conversationId: string;
  /** Puts a frame on the socket. */
  send: (frame: Record<string, unknown>) => void;
  /** Default: `new RTCPeerConnection(config)`. */
  createPeerConnection?: (config: RTCConfiguration) => RTCPeerConnection;
  /** A peer's media arrived (again, with each new track: set it as `srcObject`). */
  onRemoteStream: (peer: PeerInfo, stream: MediaStream) => void;
  /** A peer left the call, or its connection was replaced by `callPeers`. */
  onPeerGone: (peerId: string) => void;
  onConnectionState?: (peerId: string, state: RTCPeerConnectionState) => void;
  /** The answer to `callJoin`. */
  onSetup?: (setup: CallSetup) => void;
  /** The agent put the call on hold (`on`) or resumed it. */
  onHold?: (on: boolean, musicFromServer: boolean) => void;
  /** Timers (the `disconnected` grace). Default: the system clock. */
  clock?: Clock;
  /**
   * Where `online` events come from, which restart ICE (the network changed). Default: `window`
   * if there is one; null for none.
   */
  networkEvents?: EventTarget | null;
  /**
   * Whether to receive video without sending any. Default: what `join(video)` asked. The agent
   * side of a video call sets it so that it sees the customer even without a camera.
   */
  receiveVideo?: boolean;
  /**
   * Whether this is the customer's browser (the widget): on hold it pauses all of its links. Any
   * other browser pauses only its link to `customer`, so that a colleague consulted privately,
   * who has no such link, goes on talking with the agent. Default: false.
   */
  customer?: boolean;
  /**
   * What to send to `peer` instead of the stream of `setLocalStream` (e.g. the agent's mix for a
   * monitoring supervisor); `undefined` for the local stream. Asked when a link opens and on
   * `refreshStreams()`.
   */
  streamFor?: (peer: PeerInfo) => MediaStream | null | undefined;
}

const HANDLED = new Set([
  'callPeers',
  'callPeerJoined',
  'callPeerLeft',
  'callSdp',
  'callIce',
  'callRestartIce',
  'callHold',
]);

/**
 * The browser side of docs/call-protocol.md, the same for the widget and the workstation and for
 * both media modes: one `PeerLink` (one `RTCPeerConnection`) per peer the server names, with the
 * ICE servers of `callPeers`. Framework-free; its owner feeds it the socket's frames (`handle`)
 * and owns the local media: the mesh sends the tracks of `setLocalStream` but never stops them.
 *
 * Invariant: after `leave()` or `close()` no connection is open, no listener is registered and
 * nothing more is sent until the next `join()`.
 */
export class CallMesh {
  private readonly links = new Map<string, PeerLink>();
  /** What each link was last given to send. */
  private readonly sent = new Map<string, MediaStream | null>();
  /** Peers whose offer arrived before their `callPeerJoined`. */
  private readonly provisional = new Set<string>();
  private readonly clock: Clock;
  private conversationId: string;
  private local: MediaStream | null = null;
  private iceServers: RTCIceServer[] = [];
  private video = false;
  private joined = false;
  private readonly online = () => this.restartIce();

  constructor(private readonly options: CallMeshOptions) {
    this.clock = options.clock ?? new SystemClock();
    this.conversationId = options.conversationId;
  }

  /** The conversation the mesh is in, or '' while it does not know it yet. */
  conversation(): string {
    return this.conversationId;
  }

  setLocalStream(stream: MediaStream | null): void {
    this.local = stream;
    for (const link of this.links.values()) {
      this.sent.set(link.info.id, this.streamOf(link.info));
      link.setLocalStream(this.streamOf(link.info));
    }
  }

  /**
   * Asks `streamFor` again for every link and sends what changed (`replaceTrack`: no
   * renegotiation when the media section already sends).
   */
  refreshStreams(): void {
    for (const link of this.links.values()) {
      const stream = this.streamOf(link.info);
      if (this.sent.get(link.info.id) !== stream) {
        this.sent.set(link.info.id, stream);
        link.setLocalStream(stream);
      }
    }
  }

  private streamOf(peer: PeerInfo): MediaStream | null {
    const chosen = this.options.streamFor?.(peer);
    return chosen === undefined ? this.local : chosen;
  }

  /** Sends `callJoin`; also after a reconnect, while the call is open. */
  join(video: boolean): void {
    this.joinWith({ type: 'callJoin', video }, video);
  }

  /**
   * As `join`, with another frame that the server answers with `callPeers` (a supervisor's
   * `monitorStart` on `/ws/supervisor`).
   */
  joinWith(frame: Record<string, unknown>, video = false): void {
    this.video = video;
    if (!this.joined) {
      this.joined = true;
      this.networkEvents()?.addEventListener('online', this.online);
    }
    this.send(frame);
  }

  /** Handles a media frame of this call; false for any other frame. */
  handle(frame: { type: string; [field: string]: unknown }): boolean {
    if (!HANDLED.has(frame.type) || !this.isOurs(frame['conversationId'])) {
      return false;
    }
    if (!this.joined) {
      return true; // e.g. a late frame after leave(): ours, but nothing to do
    }
    switch (frame.type) {
      case 'callPeers':
        this.setUp(frame);
        break;
      case 'callPeerJoined': {
        const peer = readPeer(frame['peer']);
        const early = peer && this.provisional.has(peer.id) ? this.links.get(peer.id) : undefined;
        if (early && peer && !peer.offer) {
          Object.assign(early.info, peer); // its offer came first: keep that connection
          this.provisional.delete(peer.id);
        } else if (peer) {
          this.connect(peer);
        }
        break;
      }
      case 'callPeerLeft':
        this.drop(peerId(frame['peer']));
        break;
      case 'callSdp': {
        const description = readDescription(frame['description']);
        const id = peerId(frame['peer']);
        if (description && id) {
          this.linkFor(id, description.type === 'offer')?.acceptDescription(description);
        }
        break;
      }
      case 'callIce': {
        const candidate = readCandidate(frame['candidate']);
        const link = this.links.get(peerId(frame['peer']));
        if (candidate && link) {
          link.addRemoteCandidate(candidate);
        }
        break;
      }
      case 'callRestartIce': {
        const link = this.links.get(peerId(frame['peer']));
        if (link?.info.offer) {
          link.restartIce();
        }
        break;
      }
      case 'callHold':
        this.applyHold(frame['on'] === true, frame['musicFromServer'] === true);
        this.options.onHold?.(frame['on'] === true, frame['musicFromServer'] === true);
        break;
    }
    return true;
  }

  /** Sends `callLeave` and closes every connection: the call goes on for the others. */
  leave(): void {
    if (this.joined) {
      this.send({ type: 'callLeave' });
    }
    this.close();
  }

  /** Closes every connection without telling the server (it already knows, or the socket is gone). */
  close(): void {
    if (this.joined) {
      this.joined = false;
      this.networkEvents()?.removeEventListener('online', this.online);
    }
    for (const link of this.links.values()) {
      link.close();
    }
    this.links.clear();
    this.sent.clear();
    this.provisional.clear();
  }

  setMuted(muted: boolean): void {
    this.enableTracks('audio', !muted);
  }

  setCameraOff(off: boolean): void {
    this.enableTracks('video', !off);
  }

  /** The network changed: each offering side renegotiates, each answering side asks its peer to. */
  restartIce(): void {
    for (const link of this.links.values()) {
      link.restartIce();
    }
  }

  async stats(): Promise<PeerStats[]> {
    const all = await Promise.allSettled([...this.links.values()].map((link) => link.stats()));
    return all.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  peers(): PeerInfo[] {
    return [...this.links.values()].map((link) => ({ ...link.info }));
  }

  private setUp(frame: Record<string, unknown>): void {
    this.iceServers = readIceServers(frame['iceServers']);
    const peers = Array.isArray(frame['peers'])
      ? frame['peers'].map(readPeer).filter((peer): peer is PeerInfo => peer !== null)
      : [];
    // callPeers answers a (re)join: the server starts the media afresh, so do the same here.
    for (const id of [...this.links.keys()]) {
      this.drop(id);
    }
    this.options.onSetup?.({
      mode: frame['mode'] === 'KURENTO' ? 'KURENTO' : 'PEER_TO_PEER',
      held: frame['held'] === true,
      musicFromServer: frame['musicFromServer'] === true,
      peers,
    });
    for (const peer of peers) {
      this.connect(peer);
    }
    this.applyHold(frame['held'] === true, frame['musicFromServer'] === true);
  }

  /**
   * Peer to peer, a hold stops the media between the customer and everyone else while the agents
   * (and a colleague consulted privately) still talk: an agent's browser pauses its link to
   * `customer`; the customer's browser pauses all of its own. A private colleague has no link to
   * `customer` either, but must not pause its link to the agent: hence the `customer` option
   * rather than the missing link. In Kurento mode the server does it (its player feeds the
   * customer), so nothing changes here.
   */
  private applyHold(on: boolean, musicFromServer: boolean): void {
    if (musicFromServer) {
      return;
    }
    const customer = this.links.get(CUSTOMER);
    const paused = this.options.customer ? [...this.links.values()] : customer ? [customer] : [];
    for (const link of paused) {
      link.setPaused(on);
    }
  }

  /** A new connection to `peer`, replacing any old one (the peer rejoined). */
  private connect(peer: PeerInfo): PeerLink {
    this.drop(peer.id);
    this.provisional.delete(peer.id);
    const create =
      this.options.createPeerConnection ??
      ((config: RTCConfiguration) => new RTCPeerConnection(config));
    const pc = create({ iceServers: this.iceServers });
    const stream = this.streamOf(peer);
    this.sent.set(peer.id, stream);
    const link = new PeerLink(
      peer,
      pc,
      {
        clock: this.clock,
        send: (type, fields) => this.send({ type, peer: peer.id, ...fields }),
        remoteStream: (stream) => this.options.onRemoteStream({ ...peer }, stream),
        connectionState: (state) => this.options.onConnectionState?.(peer.id, state),
      },
      stream,
      this.options.receiveVideo ?? this.video,
    );
    this.links.set(peer.id, link);
    link.start();
    return link;
  }

  /**
   * The link a description is for. An offer from a peer not announced yet opens a provisional
   * link, which its `callPeerJoined` then names instead of replacing.
   */
  private linkFor(id: string, isOffer: boolean): PeerLink | null {
    const link = this.links.get(id);
    if (link || !isOffer) {
      return link ?? null;
    }
    const early = this.connect({ id, role: readRole(null, id), name: '', offer: false });
    this.provisional.add(id);
    return early;
  }

  private drop(id: string): void {
    const link = this.links.get(id);
    if (link) {
      link.close();
      this.links.delete(id);
      this.sent.delete(id);
      this.options.onPeerGone(id);
    }
  }

  private enableTracks(kind: 'audio' | 'video', enabled: boolean): void {
    for (const track of this.local?.getTracks() ?? []) {
      if (track.kind === kind) {
        track.enabled = enabled;
      }
    }
  }

  private isOurs(conversationId: unknown): boolean {
    if (conversationId === undefined || conversationId === null) {
      return true;
    }
    if (typeof conversationId !== 'string') {
      return false;
    }
    if (!this.conversationId) {
      this.conversationId = conversationId;
    }
    return conversationId === this.conversationId;
  }

  private send(frame: Record<string, unknown>): void {
    this.options.send(
      this.conversationId ? { ...frame, conversationId: this.conversationId } : frame,
    );
  }

  private networkEvents(): EventTarget | null {
    if (this.options.networkEvents !== undefined) {
      return this.options.networkEvents;
    }
    return typeof window === 'undefined' ? null : window;
  }
}

function peerId(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return readPeer(value)?.id ?? '';
}
