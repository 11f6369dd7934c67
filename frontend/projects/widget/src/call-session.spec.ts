import { FakeClock } from '@parley/shared/testing';
import { CallSession, MEDIA_UNAVAILABLE_TEXT } from './call-session';
import { CallStore } from './call-store';
import { HoldMusic, Ringer } from './hold-music';
import {
  FakeAudioContext,
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  fakeCallMedia,
  settle,
} from './testing/fake-call-media';

const SERVER = 'https://parley.example';
const KEY = 'parley:https://parley.example:support:call';
const AGENT = { id: 'agent:alice', role: 'AGENT', name: 'Alice Agent', offer: false };

describe('CallSession', () => {
  let clock: FakeClock;
  let fake: ReturnType<typeof fakeCallMedia>;
  let audio: HTMLAudioElement;
  let music: HoldMusic;
  let ringer: Ringer;
  let sent: Record<string, unknown>[];
  let ends: number;
  let call: CallSession;

  function newCall(): CallSession {
    return new CallSession({
      media: fake.media,
      clock,
      store: new CallStore(localStorage, KEY),
      music,
      ringer,
      send: (frame) => {
        sent.push(frame);
      },
      conversationId: () => null,
      end: () => ends++,
      onChange: () => undefined,
    });
  }

  beforeEach(() => {
    FakePeerConnection.reset();
    clock = new FakeClock();
    fake = fakeCallMedia();
    audio = document.createElement('audio');
    vi.spyOn(audio, 'play').mockResolvedValue(undefined);
    vi.spyOn(audio, 'pause').mockReturnValue(undefined);
    music = new HoldMusic(SERVER, () => audio);
    ringer = new Ringer(fake.media.createAudioContext, clock);
    sent = [];
    ends = 0;
    call = newCall();
  });

  afterEach(() => {
    call.dispose();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  const types = () => sent.map((frame) => frame['type']);

  /** Check, Start, then the server queues the call. */
  async function queued(channel: 'VOICE' | 'VIDEO' = 'VOICE'): Promise<void> {
    await call.prepare(channel);
    call.begin();
    call.frame({ type: 'status', status: 'QUEUED' });
  }

  function peersAnswer(peers: unknown[] = [], fields: Record<string, unknown> = {}): void {
    call.frame({
      type: 'callPeers',
      conversationId: 'conv-1',
      mode: 'PEER_TO_PEER',
      peers,
      iceServers: [],
      held: false,
      musicFromServer: false,
      ...fields,
    });
  }

  it('opens the microphone for the check and shows its level', async () => {
    await call.prepare('VOICE');

    expect(call.state.state).toBe('checking');
    expect(call.ready).toBe(true);
    expect(fake.constraints[0].video).toBe(false);
    FakeAudioContext.created[0].sample = 160;
    clock.advance(100);
    expect(call.state.level).toBeGreaterThan(0.5);
  });

  it('opens the camera too for a video call', async () => {
    await call.prepare('VIDEO');

    expect(fake.constraints[0].video).toBeTruthy();
    expect(call.state.local?.getVideoTracks()).toHaveLength(1);
  });

  it.each([
    [
      'NotAllowedError',
      'Your browser blocked the microphone. Allow it in the address bar and try again.',
    ],
    ['NotFoundError', 'No microphone found.'],
    ['NotReadableError', 'Your microphone is in use by another application.'],
  ])('explains %s', async (name, message) => {
    fake.media.failWith = name;

    await call.prepare('VOICE');

    expect(call.state.state).toBe('failed');
    expect(call.state.problem).toEqual({ code: name, message });
  });

  it('names the camera in a video call’s problems', async () => {
    fake.media.failWith = 'NotFoundError';

    await call.prepare('VIDEO');

    expect(call.state.problem?.message).toBe('No microphone/camera found.');
  });

  it('releases the devices when the visitor goes back from the check', async () => {
    await call.prepare('VOICE');

    call.cancel();

    expect(call.state.state).toBe('idle');
    expect(fake.streams[0].getTracks().every((track) => track.stopped)).toBe(true);
    expect(FakeAudioContext.created[0].closed).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('joins as soon as the call is queued, and greets then plays hold music in peer to peer', async () => {
    await queued('VIDEO');

    expect(sent).toEqual([{ type: 'callJoin', video: true }]);
    expect(call.state.state).toBe('queued');

    peersAnswer();
    expect(audio.getAttribute('src')).toBe(`${SERVER}/media/greeting.ogg`);
    expect(audio.loop).toBe(false);

    audio.onended?.(new Event('ended'));
    expect(audio.getAttribute('src')).toBe(`${SERVER}/media/hold.ogg`);
    expect(audio.loop).toBe(true);
  });

  it('plays no music of its own when the server sends it', async () => {
    await queued();

    peersAnswer([{ id: 'media', role: 'AGENT', name: '', offer: true }], {
      mode: 'KURENTO',
      musicFromServer: true,
    });

    expect(music.playing).toBeNull();
    expect(FakePeerConnection.created).toHaveLength(1);
  });

  it('stops the music when the agent’s browser joins, and connects', async () => {
    await queued();
    peersAnswer();

    call.frame({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
    call.frame({ type: 'callPeerJoined', conversationId: 'conv-1', peer: AGENT });
    expect(music.playing).toBeNull();
    expect(call.state.state).toBe('connecting');

    call.frame({
      type: 'callSdp',
      conversationId: 'conv-1',
      peer: 'agent:alice',
      description: { type: 'offer', sdp: 'o\nm=audio sendrecv' },
    });
    await settle();
    const pc = FakePeerConnection.created[0];
    const remote = new FakeStream([new FakeTrack('audio')]);
    pc.emitTrack(remote.getTracks()[0], remote);
    pc.setConnectionState('connected');

    expect(call.state.state).toBe('active');
    expect(call.state.remotes).toEqual([{ peerId: 'agent:alice', stream: remote }]);
    expect(call.state.connectedAt).toBe(clock.now());
    expect(types()).toEqual(['callJoin', 'callSdp']);
  });

  it('plays hold music while the agent holds the call', async () => {
    await queued();
    peersAnswer();
    call.frame({ type: 'status', status: 'ACTIVE' });

    call.frame({ type: 'callHold', conversationId: 'conv-1', on: true, musicFromServer: false });
    expect(call.state.state).toBe('held');
    expect(audio.getAttribute('src')).toBe(`${SERVER}/media/hold.ogg`);

    call.frame({ type: 'callHold', conversationId: 'conv-1', on: false, musicFromServer: false });
    expect(music.playing).toBeNull();
    expect(audio.hasAttribute('src')).toBe(false);
  });

  it('joins again after every reconnect while the call is open', async () => {
    await queued();
    call.frame({ type: 'welcome', token: 't', conversation: { id: 'conv-1', status: 'QUEUED' } });
    call.frame({ type: 'status', status: 'QUEUED' });

    expect(types()).toEqual(['callJoin', 'callJoin']);
  });

  it('after a reload, opens the devices and joins the open call', async () => {
    await queued();
    call.dispose();
    call = newCall();

    call.frame({ type: 'welcome', token: 't', conversation: { id: 'conv-1', status: 'ACTIVE' } });
    await settle();

    expect(fake.streams).toHaveLength(2);
    expect(types()).toEqual(['callJoin', 'callJoin']);
    expect(call.state.state).toBe('connecting');
  });

  it('offers Try again when the devices cannot be opened on rejoining', async () => {
    await queued();
    call.dispose();
    call = newCall();
    fake.media.failWith = 'NotAllowedError';

    call.frame({ type: 'welcome', token: 't', conversation: { id: 'conv-1', status: 'QUEUED' } });
    await settle();
    expect(call.state.state).toBe('failed');
    expect(call.state.canRetry).toBe(true);

    fake.media.failWith = null;
    call.retry();
    await settle();
    expect(call.state.state).toBe('queued');
    expect(types()).toEqual(['callJoin', 'callJoin']);
  });

  it('keeps the place: releases the media, and rings back with Answer', async () => {
    await queued();
    peersAnswer();

    call.keepPlace();
    expect(types()).toEqual(['callJoin', 'keepPlace']);
    expect(fake.streams[0].getTracks().every((track) => track.stopped)).toBe(true);
    expect(music.playing).toBeNull();
    expect(call.state).toMatchObject({ state: 'queued', keptPlace: true, local: null });

    // A reconnect does not join while the place is kept.
    call.frame({ type: 'welcome', token: 't', conversation: { id: 'conv-1', status: 'QUEUED' } });
    expect(types()).toEqual(['callJoin', 'keepPlace']);

    call.frame({ type: 'callRing', conversationId: 'conv-1', agentName: 'Alice Agent' });
    expect(call.state).toMatchObject({ state: 'ringing', ringingAgent: 'Alice Agent' });
    expect(ringer.ringing).toBe(true);

    call.answer();
    await settle();
    expect(ringer.ringing).toBe(false);
    expect(types()).toEqual(['callJoin', 'keepPlace', 'callJoin']);
    expect(call.state.keptPlace).toBe(false);
  });

  it('joins again when keeping the place is refused', async () => {
    await queued();
    call.keepPlace();

    call.frame({ type: 'error', code: 'NOT_ALLOWED', message: 'no virtual hold here' });
    await settle();

    expect(call.state).toMatchObject({ state: 'queued', keptPlace: false });
    expect(types()).toEqual(['callJoin', 'keepPlace', 'callJoin']);
  });

  it('remembers a kept place over a reload', async () => {
    await queued();
    call.keepPlace();
    call.dispose();
    call = newCall();

    call.frame({ type: 'welcome', token: 't', conversation: { id: 'conv-1', status: 'QUEUED' } });

    expect(call.state).toMatchObject({ state: 'queued', keptPlace: true });
    expect(types()).toEqual(['callJoin', 'keepPlace']);
  });

  it('declines the callback by ending the contact', async () => {
    await queued();
    call.keepPlace();
    call.frame({ type: 'callRing', conversationId: 'conv-1', agentName: 'Alice Agent' });

    call.decline();

    expect(ends).toBe(1);
    expect(ringer.ringing).toBe(false);
  });

  it('explains callFailed and releases the media', async () => {
    await queued();

    call.frame({
      type: 'callFailed',
      conversationId: 'conv-1',
      code: 'MEDIA_UNAVAILABLE',
      message: 'Kurento unreachable',
    });

    expect(call.state).toMatchObject({
      state: 'failed',
      problem: { code: 'MEDIA_UNAVAILABLE', message: MEDIA_UNAVAILABLE_TEXT },
      canRetry: false,
    });
    expect(fake.streams[0].getTracks().every((track) => track.stopped)).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('closes everything when the conversation ends', async () => {
    await queued();
    peersAnswer([{ ...AGENT, offer: true }]);
    await settle();

    call.frame({ type: 'status', status: 'ENDED' });

    expect(call.state.state).toBe('ended');
    expect(FakePeerConnection.created[0].closed).toBe(true);
    expect(fake.streams[0].getTracks().every((track) => track.stopped)).toBe(true);
    expect(music.playing).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('hangs up with the chat’s end and drops the media at once', async () => {
    await queued();

    call.hangUp();

    expect(ends).toBe(1);
    expect(call.state.state).toBe('ended');
    expect(fake.streams[0].getTracks()[0].stopped).toBe(true);
  });

  it('goes back to idle when the start is refused', async () => {
    await call.prepare('VOICE');
    call.begin();

    call.frame({ type: 'error', code: 'LIMIT_REACHED', message: 'Too many chats' });

    expect(call.state.state).toBe('idle');
    expect(fake.streams[0].getTracks()[0].stopped).toBe(true);
  });

  it('mutes and turns the camera off by disabling the tracks', async () => {
    await queued('VIDEO');
    const [mic, camera] = fake.streams[0].getTracks();

    call.toggleMute();
    call.toggleCamera();
    expect([mic.enabled, camera.enabled]).toEqual([false, false]);
    expect(call.state).toMatchObject({ muted: true, cameraOff: true });

    call.toggleMute();
    expect(mic.enabled).toBe(true);
  });

  it('ignores call frames while there is no call', () => {
    call.frame({ type: 'status', status: 'QUEUED' });
    call.frame({ type: 'callRing', agentName: 'Alice' });

    expect(sent).toEqual([]);
    expect(call.state.state).toBe('idle');
  });
});
