/**
 * Fakes of the WebRTC and media objects (jsdom has none): a `FakePeerConnection` that records
 * what the code under test asked of it and lets the spec play the browser's part (fire ICE
 * candidates, tracks and connection states), and simple tracks and streams. Kept beside the call
 * code (not yet re-exported from `@parley/shared/testing`); import it by its path.
 */

let nextId = 1;

export class FakeTrack {
  readonly id = `track-${nextId++}`;
  enabled = true;
  readyState: 'live' | 'ended' = 'live';
  stopped = false;

  constructor(readonly kind: 'audio' | 'video') {}

  stop(): void {
    this.stopped = true;
    this.readyState = 'ended';
  }
}

export class FakeStream {
  readonly id = `stream-${nextId++}`;
  private readonly tracks: FakeTrack[];

  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }

  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }

  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'audio');
  }

  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'video');
  }

  addTrack(track: FakeTrack): void {
    this.tracks.push(track);
  }

  /** As the real thing, for code that takes a `MediaStream`. */
  asMediaStream(): MediaStream {
    return this as unknown as MediaStream;
  }
}

/** A local stream with one audio track and, if asked, one video track. */
export function fakeLocalStream(video = false): FakeStream {
  return new FakeStream(
    video ? [new FakeTrack('audio'), new FakeTrack('video')] : [new FakeTrack('audio')],
  );
}

export class FakeSender {
  replaced: (FakeTrack | null)[] = [];

  constructor(public track: FakeTrack | null) {}

  replaceTrack(track: FakeTrack | null): Promise<void> {
    this.track = track;
    this.replaced.push(track);
    return Promise.resolve();
  }
}

export class FakeTransceiver {
  readonly sender: FakeSender;
  readonly receiver: { track: FakeTrack };
  currentDirection: string | null = null;
  mid: string | null = null;

  constructor(
    kind: 'audio' | 'video',
    public direction: RTCRtpTransceiverDirection,
    sending: FakeTrack | null,
    readonly streams: FakeStream[] = [],
  ) {
    this.sender = new FakeSender(sending);
    this.receiver = { track: new FakeTrack(kind) };
  }
}

/** Media sections of the fake SDP: `m=<kind> <direction>` per line. */
function sdpOf(transceivers: FakeTransceiver[], label: string): string {
  return [label, ...transceivers.map((t) => `m=${t.receiver.track.kind} ${t.direction}`)].join(
    '\n',
  );
}

export class FakePeerConnection {
  static created: FakePeerConnection[] = [];

  onicecandidate: ((event: { candidate: RTCIceCandidate | null }) => void) | null = null;
  ontrack: ((event: { track: FakeTrack; streams: FakeStream[] }) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;

  connectionState: RTCPeerConnectionState = 'new';
  signalingState: RTCSignalingState = 'stable';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  closed = false;

  readonly transceivers: FakeTransceiver[] = [];
  readonly offers: (RTCOfferOptions | undefined)[] = [];
  readonly candidates: RTCIceCandidateInit[] = [];
  /** What getStats() answers. */
  statsReport: Record<string, unknown>[] = [];
  private offerCount = 0;

  constructor(readonly config: RTCConfiguration) {
    FakePeerConnection.created.push(this);
  }

  /** The factory for `createPeerConnection`. */
  static factory = (config: RTCConfiguration): RTCPeerConnection =>
    new FakePeerConnection(config) as unknown as RTCPeerConnection;

  static reset(): void {
    FakePeerConnection.created = [];
  }

  addTransceiver(
    trackOrKind: FakeTrack | 'audio' | 'video',
    init: { direction?: RTCRtpTransceiverDirection; streams?: FakeStream[] } = {},
  ): FakeTransceiver {
    const track = typeof trackOrKind === 'string' ? null : trackOrKind;
    const kind = typeof trackOrKind === 'string' ? trackOrKind : trackOrKind.kind;
    const transceiver = new FakeTransceiver(
      kind,
      init.direction ?? 'sendrecv',
      track,
      init.streams,
    );
    this.transceivers.push(transceiver);
    return transceiver;
  }

  addTrack(track: FakeTrack, ...streams: FakeStream[]): FakeSender {
    return this.addTransceiver(track, { streams }).sender;
  }

  getTransceivers(): FakeTransceiver[] {
    return [...this.transceivers];
  }

  createOffer(options?: RTCOfferOptions): Promise<RTCSessionDescriptionInit> {
    this.offers.push(options);
    this.offerCount++;
    return Promise.resolve({
      type: 'offer',
      sdp: sdpOf(this.transceivers, `offer ${this.offerCount}`),
    });
  }

  createAnswer(): Promise<RTCSessionDescriptionInit> {
    return Promise.resolve({ type: 'answer', sdp: sdpOf(this.transceivers, 'answer') });
  }

  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-local-offer' : 'stable';
    this.transceivers.forEach((transceiver, index) => (transceiver.mid ??= String(index)));
    return Promise.resolve();
  }

  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
    if (description.type === 'offer') {
      this.signalingState = 'have-remote-offer';
      // As a browser does: one receive-only transceiver per offered media section it lacks.
      const kinds = (description.sdp ?? '').split('\n').flatMap((line) => {
        const match = /^m=(audio|video)/.exec(line);
        return match ? [match[1] as 'audio' | 'video'] : [];
      });
      kinds.forEach((kind, index) => {
        if (!this.transceivers[index]) {
          this.addTransceiver(kind, { direction: 'recvonly' }).mid = String(index);
        }
      });
    } else {
      this.signalingState = 'stable';
    }
    return Promise.resolve();
  }

  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    this.candidates.push(candidate);
    return Promise.resolve();
  }

  getStats(): Promise<RTCStatsReport> {
    const entries = new Map(this.statsReport.map((stat) => [String(stat['id']), stat]));
    return Promise.resolve(entries as unknown as RTCStatsReport);
  }

  close(): void {
    this.closed = true;
    this.connectionState = 'closed';
    this.signalingState = 'closed';
  }

  // The browser's part, played by the spec:

  emitCandidate(candidate: string | null, sdpMid = '0', sdpMLineIndex = 0): void {
    this.onicecandidate?.({
      candidate:
        candidate === null
          ? null
          : ({ candidate, sdpMid, sdpMLineIndex } as unknown as RTCIceCandidate),
    });
  }

  emitTrack(track: FakeTrack, stream?: FakeStream): void {
    this.ontrack?.({ track, streams: stream ? [stream] : [] });
  }

  setConnectionState(state: RTCPeerConnectionState): void {
    this.connectionState = state;
    this.onconnectionstatechange?.();
  }
}

/** Lets queued promise work (negotiation steps) run to the end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await Promise.resolve();
  }
}
