import { Cancel, Clock } from '../time/clock';
import { PeerInfo } from './call-frames';
import { PeerStats, summarizeStats } from './call-stats';

/** How long a connection may stay `disconnected` before its offering side restarts ICE. */
export const DISCONNECTED_GRACE_MS = 3_000;

const KINDS = ['audio', 'video'] as const;
type Kind = (typeof KINDS)[number];

/** What a `PeerLink` needs from its mesh. */
export interface PeerLinkHooks {
  readonly clock: Clock;
  /** Sends a frame about this peer; the mesh adds `conversationId` and `peer`. */
  readonly send: (type: 'callSdp' | 'callIce' | 'callRestartIce', fields: object) => void;
  readonly remoteStream: (stream: MediaStream) => void;
  readonly connectionState: (state: RTCPeerConnectionState) => void;
}

/**
 * One `RTCPeerConnection` towards one peer, and the negotiation of docs/call-protocol.md over it.
 * The offering side (`info.offer`) makes every offer, ICE restarts included; the answering side
 * only answers, and asks for a restart with `callRestartIce`.
 *
 * Invariants: description work (offers, answers, remote candidates) runs one step at a time in
 * arrival order, through `queue`; remote candidates wait until a remote description is set; after
 * `close()` nothing is sent and no timer is left running.
 */
export class PeerLink {
  private queue: Promise<void> = Promise.resolve();
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private remote: MediaStream | null = null;
  private awaitingAnswer = false;
  /** A renegotiation asked for while an offer was out: made once its answer is in. */
  private restartWanted = false;
  private cancelGrace: Cancel | null = null;
  private closed = false;
  /** On hold: nothing is sent to this peer and nothing of it is played. */
  private paused = false;

  constructor(
    readonly info: PeerInfo,
    private readonly pc: RTCPeerConnection,
    private readonly hooks: PeerLinkHooks,
    private local: MediaStream | null,
    private readonly receiveVideo: boolean,
  ) {
    pc.onicecandidate = (event) => this.localCandidate(event.candidate);
    pc.ontrack = (event) => this.remoteTrack(event);
    pc.onconnectionstatechange = () => this.stateChanged();
  }

  /**
   * Sets up the media sections. The offering side adds one transceiver per kind (sending its
   * track, or receive-only so that an audio-only side still gets the other's video) and offers.
   */
  start(): void {
    if (!this.info.offer) {
      return;
    }
    for (const kind of KINDS) {
      const track = this.trackOf(kind);
      if (track) {
        this.pc.addTransceiver(track, {
          direction: 'sendrecv',
          streams: this.local ? [this.local] : [],
        });
      } else if (kind === 'audio' || this.receiveVideo) {
        this.pc.addTransceiver(kind, { direction: 'recvonly' });
      }
    }
    this.negotiate(false);
  }

  /** An offer or answer from the peer. */
  acceptDescription(description: RTCSessionDescriptionInit): void {
    this.enqueue(async () => {
      if (description.type === 'answer') {
        if (this.pc.signalingState !== 'have-local-offer') {
          return; // a stale answer, e.g. to an offer replaced by a restart
        }
        await this.pc.setRemoteDescription(description);
        this.awaitingAnswer = false;
        await this.flushCandidates();
        if (this.restartWanted) {
          this.restartWanted = false;
          await this.offer(true);
        }
        return;
      }
      await this.pc.setRemoteDescription(description);
      await this.flushCandidates();
      this.attachLocalTracks();
      const answer = await this.pc.createAnswer();
      await this.pc.setLocalDescription(answer);
      this.hooks.send('callSdp', { description: this.localDescription(answer) });
    });
  }

  /** A trickled candidate from the peer (an empty `candidate` ends them). */
  addRemoteCandidate(candidate: RTCIceCandidateInit): void {
    this.enqueue(async () => {
      if (this.pc.remoteDescription) {
        await this.addCandidate(candidate);
      } else {
        this.pendingCandidates.push(candidate);
      }
    });
  }

  /** The network changed or the connection broke: restart ICE, or ask the offering side to. */
  restartIce(): void {
    if (this.closed) {
      return;
    }
    if (this.info.offer) {
      this.negotiate(true);
    } else {
      this.hooks.send('callRestartIce', {});
    }
  }

  /** Sends `stream`'s tracks (or nothing) instead of the current ones. */
  setLocalStream(stream: MediaStream | null): void {
    this.local = stream;
    if (this.closed) {
      return;
    }
    let renegotiate = false;
    for (const kind of KINDS) {
      const track = this.trackOf(kind);
      const transceiver = this.transceiverOf(kind);
      if (transceiver) {
        void transceiver.sender.replaceTrack(this.paused ? null : track).catch(() => undefined);
        if (track && !sends(transceiver.direction)) {
          transceiver.direction = 'sendrecv';
          renegotiate = true;
        }
      } else if (track && this.info.offer && stream) {
        this.pc.addTrack(track, stream);
        renegotiate = true;
      }
    }
    if (renegotiate) {
      // Only the offering side offers; the answering side asks it to, so that its answer can
      // start sending.
      this.restartIce();
    }
  }

  /** Holds (or resumes) this link: its senders send nothing, its received tracks are muted. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (this.closed) {
      return;
    }
    for (const transceiver of this.pc.getTransceivers?.() ?? []) {
      const received = transceiver.receiver?.track;
      if (received) {
        received.enabled = !paused;
      }
      const kind = received?.kind === 'video' ? 'video' : 'audio';
      void transceiver.sender
        ?.replaceTrack(paused ? null : this.trackOf(kind))
        .catch(() => undefined);
    }
  }

  async stats(): Promise<PeerStats> {
    return summarizeStats(this.info.id, await this.pc.getStats());
  }

  close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.stopGrace();
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }

  private negotiate(iceRestart: boolean): void {
    this.enqueue(async () => {
      if (this.awaitingAnswer) {
        this.restartWanted = true;
        return;
      }
      await this.offer(iceRestart);
    });
  }

  private async offer(iceRestart: boolean): Promise<void> {
    const offer = await this.pc.createOffer(iceRestart ? { iceRestart: true } : undefined);
    if (this.closed) {
      return;
    }
    await this.pc.setLocalDescription(offer);
    this.awaitingAnswer = true;
    this.hooks.send('callSdp', { description: this.localDescription(offer) });
  }

  /** The answering side's tracks go into the media sections the offer created. */
  private attachLocalTracks(): void {
    for (const kind of KINDS) {
      const track = this.trackOf(kind);
      const transceiver = this.transceiverOf(kind);
      if (!track || !transceiver || transceiver.sender.track === track) {
        continue;
      }
      void transceiver.sender.replaceTrack(track).catch(() => undefined);
      transceiver.direction = 'sendrecv';
    }
  }

  private localCandidate(candidate: RTCIceCandidate | null): void {
    if (this.closed) {
      return;
    }
    if (candidate) {
      this.hooks.send('callIce', {
        candidate: {
          candidate: candidate.candidate,
          sdpMid: candidate.sdpMid,
          sdpMLineIndex: candidate.sdpMLineIndex,
        },
      });
      return;
    }
    // End of candidates: addIceCandidate() refuses a candidate without sdpMid and sdpMLineIndex,
    // so name the first media section.
    const mid = this.pc.getTransceivers().find((transceiver) => transceiver.mid !== null)?.mid;
    this.hooks.send('callIce', {
      candidate: { candidate: '', sdpMid: mid ?? '0', sdpMLineIndex: 0 },
    });
  }

  private remoteTrack(event: RTCTrackEvent): void {
    const stream = event.streams[0] ?? this.remote ?? newStream();
    if (!stream) {
      return;
    }
    if (!stream.getTracks().includes(event.track)) {
      stream.addTrack(event.track);
    }
    this.remote = stream;
    this.hooks.remoteStream(stream);
  }

  private stateChanged(): void {
    const state = this.pc.connectionState;
    this.hooks.connectionState(state);
    this.stopGrace();
    if (!this.info.offer) {
      return;
    }
    if (state === 'failed') {
      this.negotiate(true);
    } else if (state === 'disconnected') {
      this.cancelGrace = this.hooks.clock.schedule(DISCONNECTED_GRACE_MS, () => {
        this.cancelGrace = null;
        if (this.pc.connectionState === 'disconnected') {
          this.negotiate(true);
        }
      });
    }
  }

  private stopGrace(): void {
    this.cancelGrace?.();
    this.cancelGrace = null;
  }

  private async flushCandidates(): Promise<void> {
    const pending = this.pendingCandidates;
    this.pendingCandidates = [];
    for (const candidate of pending) {
      await this.addCandidate(candidate);
    }
  }

  private async addCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    try {
      await this.pc.addIceCandidate(candidate);
    } catch {
      // A candidate of an earlier ICE generation, or one the browser cannot use: not fatal.
    }
  }

  private localDescription(fallback: RTCSessionDescriptionInit): RTCSessionDescriptionInit {
    const description = this.pc.localDescription ?? fallback;
    return { type: description.type, sdp: description.sdp };
  }

  private trackOf(kind: Kind): MediaStreamTrack | null {
    return this.local?.getTracks().find((track) => track.kind === kind) ?? null;
  }

  private transceiverOf(kind: Kind): RTCRtpTransceiver | undefined {
    return this.pc
      .getTransceivers()
      .find(
        (transceiver) =>
          transceiver.receiver.track?.kind === kind && transceiver.currentDirection !== 'stopped',
      );
  }

  /** Runs `step` after the ones before it; a failed step does not stop the ones after it. */
  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue
      .then(() => (this.closed ? undefined : step()))
      .catch((error: unknown) => {
        if (!this.closed) {
          console.warn('Parley call: negotiation with', this.info.id, 'failed', error);
        }
      });
  }
}

function sends(direction: RTCRtpTransceiverDirection): boolean {
  return direction === 'sendrecv' || direction === 'sendonly';
}

function newStream(): MediaStream | null {
  return typeof MediaStream === 'function' ? new MediaStream() : null;
}
