import { FakeClock } from '../testing/fake-clock';
import {
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  fakeLocalStream,
  settle,
} from './testing/fake-media';
import { CallMesh, CallMeshOptions } from './call-mesh';
import { CallSetup, PeerInfo } from './call-frames';

const AGENT: PeerInfo = { id: 'agent:alice', role: 'AGENT', name: 'Alice Agent', offer: true };
const ICE = [
  { urls: 'stun:stun.example:3478' },
  { urls: ['turn:t.example'], username: 'u', credential: 'c' },
];

describe('CallMesh', () => {
  let sent: Record<string, unknown>[];
  let clock: FakeClock;
  let network: EventTarget;
  let remote: { peer: PeerInfo; stream: MediaStream }[];
  let gone: string[];
  let states: string[];
  let setups: CallSetup[];
  let holds: [boolean, boolean][];
  let mesh: CallMesh;

  function createMesh(extra: Partial<CallMeshOptions> = {}): CallMesh {
    return new CallMesh({
      conversationId: 'conv-1',
      send: (frame) => sent.push(frame),
      createPeerConnection: FakePeerConnection.factory,
      onRemoteStream: (peer, stream) => remote.push({ peer, stream }),
      onPeerGone: (id) => gone.push(id),
      onConnectionState: (id, state) => states.push(`${id} ${state}`),
      onSetup: (setup) => setups.push(setup),
      onHold: (on, music) => holds.push([on, music]),
      clock,
      networkEvents: network,
      ...extra,
    });
  }

  beforeEach(() => {
    FakePeerConnection.reset();
    sent = [];
    clock = new FakeClock();
    network = new EventTarget();
    remote = [];
    gone = [];
    states = [];
    setups = [];
    holds = [];
    mesh = createMesh();
  });

  function pc(index = 0): FakePeerConnection {
    return FakePeerConnection.created[index];
  }

  function ofType(type: string): Record<string, unknown>[] {
    return sent.filter((frame) => frame['type'] === type);
  }

  function callPeers(peers: PeerInfo[], fields: Record<string, unknown> = {}): void {
    mesh.handle({
      type: 'callPeers',
      conversationId: 'conv-1',
      mode: 'PEER_TO_PEER',
      peers,
      iceServers: ICE,
      held: false,
      musicFromServer: false,
      ...fields,
    });
  }

  it('joins with the conversation and the video wish', () => {
    mesh.join(true);

    expect(sent).toEqual([{ type: 'callJoin', video: true, conversationId: 'conv-1' }]);
  });

  it('reports the setup and opens no connection when nobody else is in the call', () => {
    mesh.join(false);
    callPeers([], { held: false, musicFromServer: false });

    expect(setups).toEqual([
      { mode: 'PEER_TO_PEER', held: false, musicFromServer: false, peers: [] },
    ]);
    expect(FakePeerConnection.created).toEqual([]);
  });

  it('sends a peer what streamFor names instead of the local stream, and swaps it without a new offer', async () => {
    const local = fakeLocalStream(false);
    const mix = fakeLocalStream(false);
    let mixing = false;
    mesh = createMesh({
      streamFor: (peer) => (mixing && peer.id === AGENT.id ? mix.asMediaStream() : undefined),
    });
    mesh.setLocalStream(local.asMediaStream());
    mesh.joinWith({ type: 'monitorStart', mode: 'LISTEN' });
    expect(sent[0]).toEqual({ type: 'monitorStart', mode: 'LISTEN', conversationId: 'conv-1' });
    callPeers([AGENT]);
    await settle();
    const offers = ofType('callSdp').length;
    expect(pc().transceivers[0].sender.track).toBe(local.getAudioTracks()[0]);

    mixing = true;
    mesh.refreshStreams();
    await settle();
    expect(pc().transceivers[0].sender.track).toBe(mix.getAudioTracks()[0]);

    mixing = false;
    mesh.refreshStreams();
    await settle();
    expect(pc().transceivers[0].sender.track).toBe(local.getAudioTracks()[0]);
    expect(ofType('callSdp').length).toBe(offers);
  });

  it('offers to a peer it must offer to, with its tracks and the ICE servers of callPeers', async () => {
    const local = fakeLocalStream(true);
    mesh.setLocalStream(local.asMediaStream());
    mesh.join(true);
    callPeers([AGENT]);
    await settle();

    expect(pc().config).toEqual({ iceServers: ICE });
    expect(
      pc().transceivers.map((t) => [t.receiver.track.kind, t.direction, t.sender.track]),
    ).toEqual([
      ['audio', 'sendrecv', local.getAudioTracks()[0]],
      ['video', 'sendrecv', local.getVideoTracks()[0]],
    ]);
    expect(ofType('callSdp')).toEqual([
      {
        type: 'callSdp',
        peer: 'agent:alice',
        description: { type: 'offer', sdp: 'offer 1\nm=audio sendrecv\nm=video sendrecv' },
        conversationId: 'conv-1',
      },
    ]);
    expect(mesh.peers()).toEqual([AGENT]);
  });

  it('still receives video when it sends none in a video call', async () => {
    mesh.setLocalStream(fakeLocalStream(false).asMediaStream());
    mesh.join(true);
    callPeers([AGENT]);
    await settle();

    expect(pc().transceivers.map((t) => [t.receiver.track.kind, t.direction])).toEqual([
      ['audio', 'sendrecv'],
      ['video', 'recvonly'],
    ]);
  });

  it('asks for no video in an audio call', async () => {
    mesh.setLocalStream(fakeLocalStream(false).asMediaStream());
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    expect(pc().transceivers.map((t) => t.receiver.track.kind)).toEqual(['audio']);
  });

  it('answers the offer of a peer that joins later, sending its own tracks', async () => {
    const local = fakeLocalStream(false);
    mesh.setLocalStream(local.asMediaStream());
    mesh.join(false);
    callPeers([]);
    mesh.handle({
      type: 'callPeerJoined',
      conversationId: 'conv-1',
      peer: { ...AGENT, offer: false },
    });
    mesh.handle({
      type: 'callSdp',
      conversationId: 'conv-1',
      peer: 'agent:alice',
      description: { type: 'offer', sdp: 'o\nm=audio sendrecv\nm=video sendrecv' },
    });
    await settle();

    expect(pc().offers).toEqual([]);
    expect(
      pc().transceivers.map((t) => [t.receiver.track.kind, t.direction, t.sender.track]),
    ).toEqual([
      ['audio', 'sendrecv', local.getAudioTracks()[0]],
      ['video', 'recvonly', null],
    ]);
    expect(ofType('callSdp')).toEqual([
      {
        type: 'callSdp',
        peer: 'agent:alice',
        description: { type: 'answer', sdp: 'answer\nm=audio sendrecv\nm=video recvonly' },
        conversationId: 'conv-1',
      },
    ]);
  });

  it('keeps an offer that arrives before the peer is announced', async () => {
    mesh.join(false);
    callPeers([]);
    mesh.handle({
      type: 'callSdp',
      conversationId: 'conv-1',
      peer: 'agent:bob',
      description: { type: 'offer', sdp: 'o\nm=audio sendrecv' },
    });
    mesh.handle({
      type: 'callPeerJoined',
      conversationId: 'conv-1',
      peer: { id: 'agent:bob', role: 'EXPERT', name: 'Bob', offer: false },
    });
    await settle();

    expect(FakePeerConnection.created).toHaveLength(1);
    expect(ofType('callSdp')).toHaveLength(1);
    expect(mesh.peers()).toEqual([{ id: 'agent:bob', role: 'EXPERT', name: 'Bob', offer: false }]);
  });

  it('trickles its candidates and ends them with an empty one', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    pc().emitCandidate('candidate:1 1 udp 2122260223 10.0.0.2 5000 typ host', '0', 0);
    pc().emitCandidate(null);

    expect(ofType('callIce')).toEqual([
      {
        type: 'callIce',
        peer: 'agent:alice',
        candidate: {
          candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 5000 typ host',
          sdpMid: '0',
          sdpMLineIndex: 0,
        },
        conversationId: 'conv-1',
      },
      {
        type: 'callIce',
        peer: 'agent:alice',
        candidate: { candidate: '', sdpMid: '0', sdpMLineIndex: 0 },
        conversationId: 'conv-1',
      },
    ]);
  });

  it('holds remote candidates until the remote description is set', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    const candidate = { candidate: 'candidate:2', sdpMid: '0', sdpMLineIndex: 0 };

    mesh.handle({ type: 'callIce', conversationId: 'conv-1', peer: 'agent:alice', candidate });
    await settle();
    expect(pc().candidates).toEqual([]);

    mesh.handle({
      type: 'callSdp',
      conversationId: 'conv-1',
      peer: 'agent:alice',
      description: { type: 'answer', sdp: 'a' },
    });
    mesh.handle({
      type: 'callIce',
      conversationId: 'conv-1',
      peer: 'agent:alice',
      candidate: { candidate: '', sdpMid: '0', sdpMLineIndex: 0 },
    });
    await settle();

    expect(pc().remoteDescription).toEqual({ type: 'answer', sdp: 'a' });
    expect(pc().candidates).toEqual([candidate, { candidate: '', sdpMid: '0', sdpMLineIndex: 0 }]);
  });

  it('passes on the remote stream with the peer it comes from', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    const stream = new FakeStream([new FakeTrack('audio')]);

    pc().emitTrack(stream.getTracks()[0], stream);

    expect(remote).toEqual([{ peer: AGENT, stream }]);
  });

  it('collects tracks that come without a stream into one', async () => {
    mesh.join(true);
    callPeers([AGENT]);
    await settle();
    const first = new FakeStream([new FakeTrack('audio')]);
    pc().emitTrack(first.getTracks()[0], first);

    const video = new FakeTrack('video');
    pc().emitTrack(video);

    expect(remote.map((entry) => entry.stream)).toEqual([first, first]);
    expect(first.getTracks().map((track) => track.kind)).toEqual(['audio', 'video']);
  });

  it('restarts ICE when its connection fails, as the offering side', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    answer();
    await settle();

    pc().setConnectionState('failed');
    await settle();

    expect(states).toEqual(['agent:alice failed']);
    expect(pc().offers).toEqual([undefined, { iceRestart: true }]);
    expect(ofType('callSdp')).toHaveLength(2);
  });

  it('restarts ICE after 3 s disconnected, and not when the connection comes back', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    answer();
    await settle();

    pc().setConnectionState('disconnected');
    clock.advance(2_000);
    pc().setConnectionState('connected');
    clock.advance(5_000);
    await settle();
    expect(pc().offers).toHaveLength(1);

    pc().setConnectionState('disconnected');
    clock.advance(3_000);
    await settle();
    expect(pc().offers).toEqual([undefined, { iceRestart: true }]);
  });

  it('leaves a failed connection to the offering side when it answers', async () => {
    mesh.join(false);
    callPeers([{ ...AGENT, offer: false }]);
    await settle();

    pc().setConnectionState('failed');
    clock.advance(10_000);
    await settle();

    expect(pc().offers).toEqual([]);
    expect(sent.map((frame) => frame['type'])).toEqual(['callJoin']);
  });

  it('on a network change restarts ICE where it offers and asks for it where it answers', async () => {
    mesh.join(false);
    callPeers([AGENT, { id: 'agent:bob', role: 'EXPERT', name: 'Bob', offer: false }]);
    await settle();
    answer();
    await settle();

    network.dispatchEvent(new Event('online'));
    await settle();

    expect(pc(0).offers).toEqual([undefined, { iceRestart: true }]);
    expect(ofType('callRestartIce')).toEqual([
      { type: 'callRestartIce', peer: 'agent:bob', conversationId: 'conv-1' },
    ]);
  });

  it('restarts ICE when the answering side asks for it', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    answer();
    await settle();

    mesh.handle({ type: 'callRestartIce', conversationId: 'conv-1', peer: 'agent:alice' });
    await settle();

    expect(pc().offers).toEqual([undefined, { iceRestart: true }]);
  });

  it('makes a restart asked for while an offer is out once the answer is in', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    mesh.restartIce();
    await settle();
    expect(pc().offers).toHaveLength(1);

    answer();
    await settle();
    expect(pc().offers).toEqual([undefined, { iceRestart: true }]);
  });

  it('answers a renegotiation offer on the same connection', async () => {
    mesh.join(false);
    callPeers([{ ...AGENT, offer: false }]);
    const offer = (sdp: string) =>
      mesh.handle({
        type: 'callSdp',
        conversationId: 'conv-1',
        peer: 'agent:alice',
        description: { type: 'offer', sdp },
      });
    offer('o1\nm=audio sendrecv');
    await settle();
    offer('o2\nm=audio sendrecv');
    await settle();

    expect(FakePeerConnection.created).toHaveLength(1);
    expect(
      ofType('callSdp').map((frame) => (frame['description'] as { type: string }).type),
    ).toEqual(['answer', 'answer']);
  });

  it('closes the connection of a peer that left', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    mesh.handle({ type: 'callPeerLeft', conversationId: 'conv-1', peer: 'agent:alice' });

    expect(pc().closed).toBe(true);
    expect(gone).toEqual(['agent:alice']);
    expect(mesh.peers()).toEqual([]);
  });

  it('starts afresh with every callPeers, e.g. after a reconnect', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    expect(pc(0).closed).toBe(true);
    expect(pc(1).closed).toBe(false);
    expect(gone).toEqual(['agent:alice']);
  });

  it('reports hold and resume', () => {
    mesh.join(false);
    mesh.handle({ type: 'callHold', conversationId: 'conv-1', on: true, musicFromServer: false });
    mesh.handle({ type: 'callHold', conversationId: 'conv-1', on: false, musicFromServer: true });

    expect(holds).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it("on hold, a browser other than the customer's keeps its links to agents (a private consult)", async () => {
    const local = fakeLocalStream(false);
    mesh.setLocalStream(local.asMediaStream());
    mesh.join(false);
    // A colleague consulted privately joins a held call: its only link is to the agent.
    callPeers([AGENT], { held: true });
    await settle();

    expect(pc().transceivers.map((t) => [t.sender.track, t.receiver.track.enabled])).toEqual([
      [local.getAudioTracks()[0], true],
    ]);
  });

  it("on hold, the customer's browser pauses all of its links until resumed", async () => {
    mesh = createMesh({ customer: true });
    const local = fakeLocalStream(false);
    mesh.setLocalStream(local.asMediaStream());
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    mesh.handle({ type: 'callHold', conversationId: 'conv-1', on: true, musicFromServer: false });
    await settle();

    expect(pc().transceivers.map((t) => [t.sender.track, t.receiver.track.enabled])).toEqual([
      [null, false],
    ]);

    mesh.handle({ type: 'callHold', conversationId: 'conv-1', on: false, musicFromServer: false });
    await settle();

    expect(pc().transceivers.map((t) => [t.sender.track, t.receiver.track.enabled])).toEqual([
      [local.getAudioTracks()[0], true],
    ]);
  });

  it('leaves frames of other conversations and other types to others', () => {
    mesh.join(false);

    expect(mesh.handle({ type: 'callHold', conversationId: 'conv-2', on: true })).toBe(false);
    expect(mesh.handle({ type: 'message', conversationId: 'conv-1' })).toBe(false);
    expect(mesh.handle({ type: 'callHold', conversationId: 'conv-1', on: true })).toBe(true);
  });

  it('learns its conversation from the server when the visitor did not know it', () => {
    mesh = createMesh({ conversationId: '' });
    mesh.join(true);
    mesh.handle({ type: 'callPeers', conversationId: 'conv-9', mode: 'KURENTO', peers: [] });
    mesh.leave();

    expect(sent).toEqual([
      { type: 'callJoin', video: true },
      { type: 'callLeave', conversationId: 'conv-9' },
    ]);
    expect(mesh.conversation()).toBe('conv-9');
    expect(setups[0].mode).toBe('KURENTO');
  });

  it('leaves: sends callLeave, closes every connection and stops listening', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    mesh.leave();
    network.dispatchEvent(new Event('online'));
    await settle();

    expect(pc().closed).toBe(true);
    expect(ofType('callLeave')).toEqual([{ type: 'callLeave', conversationId: 'conv-1' }]);
    expect(pc().offers).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('closes without a word to the server', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    sent = [];

    mesh.close();
    pc().emitCandidate('candidate:late');

    expect(pc().closed).toBe(true);
    expect(sent).toEqual([]);
  });

  it('mutes the microphone and turns the camera off by disabling the tracks', () => {
    const local = fakeLocalStream(true);
    mesh.setLocalStream(local.asMediaStream());

    mesh.setMuted(true);
    mesh.setCameraOff(true);
    expect(local.getTracks().map((track) => track.enabled)).toEqual([false, false]);

    mesh.setMuted(false);
    expect(local.getAudioTracks()[0].enabled).toBe(true);
    expect(local.getVideoTracks()[0].enabled).toBe(false);
  });

  it('replaces the tracks it sends on every connection', async () => {
    mesh.setLocalStream(fakeLocalStream(true).asMediaStream());
    mesh.join(true);
    callPeers([AGENT]);
    await settle();

    const next = fakeLocalStream(true);
    mesh.setLocalStream(next.asMediaStream());

    expect(pc().transceivers.map((t) => t.sender.track)).toEqual(next.getTracks());
    expect(pc().offers).toHaveLength(1);
  });

  it('starts sending a camera turned on later, renegotiating as the offering side', async () => {
    mesh.setLocalStream(fakeLocalStream(false).asMediaStream());
    mesh.join(true);
    callPeers([AGENT]);
    await settle();
    answer();
    await settle();

    const withCamera = fakeLocalStream(true);
    mesh.setLocalStream(withCamera.asMediaStream());
    await settle();

    expect(pc().transceivers[1].direction).toBe('sendrecv');
    expect(pc().transceivers[1].sender.track).toBe(withCamera.getVideoTracks()[0]);
    expect(pc().offers).toHaveLength(2);
  });

  it('summarizes getStats() per peer', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();
    pc().statsReport = [
      { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP2' },
      { id: 'CP1', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 9 },
      { id: 'CP2', type: 'candidate-pair', state: 'succeeded', currentRoundTripTime: 0.042 },
      {
        id: 'IA',
        type: 'inbound-rtp',
        kind: 'audio',
        jitter: 0.0035,
        packetsLost: 5,
        packetsReceived: 95,
        bytesReceived: 1000,
      },
      {
        id: 'IV',
        type: 'inbound-rtp',
        kind: 'video',
        jitter: 0.002,
        packetsLost: 0,
        packetsReceived: 100,
        bytesReceived: 5000,
      },
      { id: 'OA', type: 'outbound-rtp', kind: 'audio', bytesSent: 700 },
    ];

    expect(await mesh.stats()).toEqual([
      {
        peerId: 'agent:alice',
        rttMs: 42,
        jitterMs: 3.5,
        packetLossPct: 2.5,
        inboundBytes: 6000,
        outboundBytes: 700,
      },
    ]);
  });

  it('has nulls for figures the browser has not measured yet', async () => {
    mesh.join(false);
    callPeers([AGENT]);
    await settle();

    expect(await mesh.stats()).toEqual([
      {
        peerId: 'agent:alice',
        rttMs: null,
        jitterMs: null,
        packetLossPct: null,
        inboundBytes: 0,
        outboundBytes: 0,
      },
    ]);
  });

  /** The agent's answer to the mesh's latest offer. */
  function answer(): void {
    mesh.handle({
      type: 'callSdp',
      conversationId: 'conv-1',
      peer: 'agent:alice',
      description: { type: 'answer', sdp: 'answer' },
    });
  }
});
