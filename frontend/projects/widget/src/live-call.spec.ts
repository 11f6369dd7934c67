import { FakeClock } from '@parley/shared/testing';
import { HoldMusic } from './hold-music';
import { LiveCall } from './live-call';
import { FakePeerConnection, fakeLocalStream, settle } from './testing/fake-call-media';

describe('LiveCall', () => {
  let clock: FakeClock;
  let music: HoldMusic;
  let audio: HTMLAudioElement;
  let sent: Record<string, unknown>[];
  let changes: number;
  let agentTook: boolean;

  function live(greet = true): LiveCall {
    return new LiveCall({
      createPeerConnection: FakePeerConnection.factory,
      clock,
      music,
      send: (frame) => {
        sent.push(frame);
      },
      conversationId: 'c-1',
      agentTook: () => agentTook,
      greet,
      onChange: () => changes++,
    });
  }

  beforeEach(() => {
    FakePeerConnection.reset();
    clock = new FakeClock();
    audio = document.createElement('audio');
    vi.spyOn(audio, 'play').mockResolvedValue(undefined);
    vi.spyOn(audio, 'pause').mockReturnValue(undefined);
    music = new HoldMusic('https://parley.example', () => audio);
    sent = [];
    changes = 0;
    agentTook = false;
  });

  afterEach(() => vi.restoreAllMocks());

  const peers = (call: LiveCall, fields: Record<string, unknown> = {}) =>
    call.handle({
      type: 'callPeers',
      conversationId: 'c-1',
      mode: 'PEER_TO_PEER',
      peers: [],
      iceServers: [],
      held: false,
      musicFromServer: false,
      ...fields,
    });

  it('joins with the devices and the conversation', () => {
    live().join(fakeLocalStream(true).asMediaStream(), true);

    expect(sent).toEqual([{ type: 'callJoin', video: true, conversationId: 'c-1' }]);
  });

  it('greets once, and goes straight to the hold loop on a rejoin', () => {
    const call = live();
    call.join(fakeLocalStream().asMediaStream(), false);
    peers(call);
    expect(music.playing).toBe('greeting');

    call.join(fakeLocalStream().asMediaStream(), false);
    peers(call);
    expect(music.playing).toBe('hold');
  });

  it('plays nothing when an agent is already in the call', () => {
    const call = live();
    call.join(fakeLocalStream().asMediaStream(), false);

    peers(call, { peers: [{ id: 'agent:alice', role: 'AGENT', name: 'Alice', offer: true }] });

    expect(music.playing).toBeNull();
  });

  it('plays the hold loop when it joins a held call', () => {
    const call = live();
    agentTook = true;
    call.join(fakeLocalStream().asMediaStream(), false);

    peers(call, { held: true });

    expect(call.held).toBe(true);
    expect(music.playing).toBe('hold');
  });

  it('keeps the hold music when the agent took the call but holds it', () => {
    const call = live();
    call.join(fakeLocalStream().asMediaStream(), false);
    peers(call);
    call.handle({ type: 'callHold', conversationId: 'c-1', on: true, musicFromServer: false });

    call.agentTookCall();

    expect(music.playing).toBe('hold');
  });

  it('times the call from the first connection, and stops the timer when closed', async () => {
    const call = live();
    call.join(fakeLocalStream().asMediaStream(), false);
    peers(call, { peers: [{ id: 'agent:alice', role: 'AGENT', name: 'Alice', offer: true }] });
    await settle();
    const start = clock.now();

    FakePeerConnection.created[0].setConnectionState('connected');
    const before = changes;
    clock.advance(2_000);

    expect(call.connectedAt).toBe(start);
    expect(call.isConnected).toBe(true);
    expect(changes - before).toBe(2);

    call.close();
    expect(FakePeerConnection.created[0].closed).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
    expect(call.remoteMedia()).toEqual([]);
  });
});
