import { Frame } from '@parley/shared';
import { FakeClock } from '@parley/shared/testing';
import { CUSTOMER, EXPERT, FakeMesh, FakeStream, fakeMeshes, peerStats } from './call-fakes';
import { CallSession, STATS_EVERY_MS } from './call-session';
import { LocalMediaResult } from './local-media';
import { fakeLocalStream } from './call-fakes';

describe('CallSession', () => {
  let clock: FakeClock;
  let sent: Frame[];
  let open: boolean;
  let devices: (video: boolean) => Promise<LocalMediaResult>;
  let local: FakeStream;

  beforeEach(() => {
    clock = new FakeClock('2026-12-04T19:30:00Z');
    sent = [];
    open = true;
    local = fakeLocalStream(true);
    devices = () => Promise.resolve({ ok: true, stream: local.asMediaStream(), warning: null });
  });

  function session(video = true): { session: CallSession; mesh: FakeMesh } {
    const fake = fakeMeshes();
    const created = new CallSession({
      conversationId: 'c-1',
      video,
      clock,
      createMesh: fake.factory,
      openDevices: (v) => devices(v),
      send: (frame) => {
        if (open) {
          sent.push(frame);
        }
        return open;
      },
    });
    return { session: created, mesh: fake.meshes[0] };
  }

  it('opens the devices, gives them to the mesh and joins with video for a video call', async () => {
    const { session: call, mesh } = session();
    expect(call.state()).toBe('connecting');

    await call.start();

    expect(mesh.options.conversationId).toBe('c-1');
    expect(mesh.options.receiveVideo).toBe(true);
    expect(mesh.local).toBe(local);
    expect(sent).toEqual([{ type: 'callJoin', conversationId: 'c-1', video: true }]);
    expect(call.localStream()).toBe(local);
    expect(call.hasCamera()).toBe(true);
    expect(call.state()).toBe('connecting');
  });

  it('is active once a peer is connected, and forgets a peer that left', async () => {
    const { session: call, mesh } = session();
    await call.start();

    mesh.connect(CUSTOMER);
    expect(call.state()).toBe('active');
    expect(call.remotes().map((r) => r.peer.id)).toEqual(['customer']);

    mesh.connect(EXPERT);
    expect(call.remotes().map((r) => r.peer.id)).toEqual(['customer', 'agent:bob']);
    mesh.options.onPeerGone('agent:bob');
    expect(call.remotes().map((r) => r.peer.id)).toEqual(['customer']);
    mesh.options.onPeerGone('customer');
    expect(call.state()).toBe('connecting');
  });

  it('fails with the reason when the devices cannot be opened, and tries again on request', async () => {
    devices = () => Promise.resolve({ ok: false, error: 'Parley may not use your microphone.' });
    const { session: call, mesh } = session(false);

    await call.start();
    expect(call.state()).toBe('failed');
    expect(call.error()).toBe('Parley may not use your microphone.');
    expect(mesh.joins).toEqual([]);

    devices = () => Promise.resolve({ ok: true, stream: local.asMediaStream(), warning: null });
    await call.start();
    expect(call.error()).toBeNull();
    expect(mesh.joins).toEqual([false]);
  });

  it('joins again when the socket reopens, not before its devices are open', async () => {
    const { session: call, mesh } = session();
    call.rejoin();
    expect(mesh.joins).toEqual([]);

    open = false;
    await call.start();
    expect(sent).toEqual([]);

    open = true;
    call.rejoin();
    expect(sent).toEqual([{ type: 'callJoin', conversationId: 'c-1', video: true }]);
  });

  it('shows callFailed with its message until tried again', async () => {
    const { session: call, mesh } = session();
    await call.start();
    mesh.connect(CUSTOMER);

    call.handle({
      type: 'callFailed',
      conversationId: 'c-1',
      code: 'MEDIA_FAILED',
      message: 'Media lost',
    });
    expect(call.state()).toBe('failed');
    expect(call.error()).toBe('Media lost');

    await call.start();
    expect(call.state()).toBe('active');
    expect(mesh.joins).toEqual([true, true]);
  });

  it('keeps the agent microphone on while held (the mesh pauses the customer), and their own mute after the hold', async () => {
    const { session: call, mesh } = session();
    await call.start();
    mesh.connect(CUSTOMER);

    call.handle({ type: 'callHold', conversationId: 'c-1', on: true, musicFromServer: false });
    expect(call.state()).toBe('held');
    expect(mesh.muted).toBe(false);
    call.holdChanged(false, false);
    expect(call.state()).toBe('active');
    expect(mesh.muted).toBe(false);

    call.setMuted(true);
    call.holdChanged(true, true);
    call.holdChanged(false, false);
    expect(mesh.muted).toBe(true);
    expect(call.muted()).toBe(true);

    call.setCameraOff(true);
    expect(mesh.cameraOff).toBe(true);
  });

  it('measures the network every 2 s while joined', async () => {
    const { session: call, mesh } = session();
    await call.start();
    mesh.nextStats = [peerStats({ rttMs: 420, packetLossPct: 7 })];
    expect(call.quality().level).toBe('unknown');

    clock.advance(STATS_EVERY_MS);
    await Promise.resolve();
    await Promise.resolve();

    expect(call.quality()).toEqual({ rttMs: 420, jitterMs: 5, packetLossPct: 7, level: 'poor' });
  });

  it('ends for good: devices stopped, mesh closed, no more measurements or frames', async () => {
    const { session: call, mesh } = session();
    await call.start();
    mesh.connect(CUSTOMER);

    call.end();

    expect(call.state()).toBe('ended');
    expect(mesh.closed).toBe(true);
    expect(mesh.left).toBe(false);
    expect(local.getTracks().every((track) => track.stopped)).toBe(true);
    expect(call.localStream()).toBeNull();
    expect(call.remotes()).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
    call.handle({ type: 'callPeers', conversationId: 'c-1' });
    call.rejoin();
    expect(mesh.handled).toEqual([]);
    expect(mesh.joins).toEqual([true]);
  });

  it('ends a pending consult when the colleague who joined for it leaves', async () => {
    const { session: call, mesh } = session();
    await call.start();
    mesh.connect(CUSTOMER);

    call.consulting({ consultId: 'k-1', privately: true });
    mesh.connect(EXPERT);
    mesh.options.onPeerGone('customer');
    expect(call.consult()).toEqual({ consultId: 'k-1', privately: true });

    mesh.options.onPeerGone('agent:bob');
    expect(call.consult()).toBeNull();
  });

  it('leaves the media (callLeave) when the agent hands the call on', async () => {
    const { session: call, mesh } = session();
    await call.start();

    call.leave();

    expect(mesh.left).toBe(true);
    expect(call.state()).toBe('ended');
  });

  it('stops devices that open after the call ended', async () => {
    let resolve!: (result: LocalMediaResult) => void;
    devices = () => new Promise((r) => (resolve = r));
    const { session: call, mesh } = session();
    const starting = call.start();
    expect(call.openingDevices()).toBe(true);

    call.end();
    resolve({ ok: true, stream: local.asMediaStream(), warning: null });
    await starting;

    expect(local.getTracks().every((track) => track.stopped)).toBe(true);
    expect(mesh.joins).toEqual([]);
  });
});

describe('CallSession monitored by a supervisor (peer to peer)', () => {
  const SUPERVISOR = {
    id: 'supervisor:sue',
    role: 'SUPERVISOR' as const,
    name: 'Sue',
    offer: false,
  };

  class FakeMix {
    readonly feed = new FakeStream([]).asMediaStream();
    readonly bargeTrack = { id: 'mix-track', kind: 'audio' } as unknown as MediaStreamTrack;
    readonly bargeStream = new FakeStream([]).asMediaStream();
    own: MediaStream | null = null;
    others: readonly MediaStream[] = [];
    barging: readonly MediaStream[] = [];
    closed = false;
    set(own: MediaStream | null, others: readonly MediaStream[], barging: readonly MediaStream[]) {
      this.own = own;
      this.others = others;
      this.barging = barging;
    }
    barge(): MediaStream {
      return this.bargeStream;
    }
    close(): void {
      this.closed = true;
    }
  }

  async function monitored(): Promise<{ call: CallSession; mesh: FakeMesh; mixes: FakeMix[] }> {
    const fake = fakeMeshes();
    const mixes: FakeMix[] = [];
    const local = fakeLocalStream(false);
    const call = new CallSession({
      conversationId: 'c-1',
      video: false,
      clock: new FakeClock('2026-12-04T19:30:00Z'),
      createMesh: fake.factory,
      openDevices: () =>
        Promise.resolve({ ok: true, stream: local.asMediaStream(), warning: null }),
      send: () => true,
      createMonitorMix: () => {
        const mix = new FakeMix();
        mixes.push(mix);
        return mix;
      },
    });
    await call.start();
    return { call, mesh: fake.meshes[0], mixes };
  }

  function mode(call: CallSession, value: string | null): void {
    call.handle({
      type: 'callMonitor',
      conversationId: 'c-1',
      supervisor: SUPERVISOR.id,
      mode: value,
    });
  }

  it('feeds a listening supervisor the call mix, never plays them, and sends the others the microphone', async () => {
    const { call, mesh, mixes } = await monitored();
    const customer = new FakeStream([]).asMediaStream();
    mesh.connect(CUSTOMER, customer);
    mesh.connect(SUPERVISOR);
    mode(call, 'LISTEN');

    expect(call.monitorMode()).toBe('LISTEN');
    expect(mixes.length).toBe(1);
    expect(mixes[0].others).toEqual([customer]);
    expect(mixes[0].own).toBe(mesh.local);
    expect(mesh.sentTo.get(SUPERVISOR.id)).toBe(mixes[0].feed);
    expect(mesh.sentTo.get(CUSTOMER.id)).toBe(mesh.local);
    expect(call.coaching()).toEqual([]);
    expect(call.remotes().map((r) => r.peer.id)).toEqual([CUSTOMER.id]);
    expect(call.sending()).toBe('mic');
  });

  it('plays a whispering supervisor to the agent only, and mixes a barging one into what the others hear', async () => {
    const { call, mesh, mixes } = await monitored();
    mesh.connect(CUSTOMER);
    const supervisor = new FakeStream([]).asMediaStream();
    mesh.connect(SUPERVISOR, supervisor);

    mode(call, 'WHISPER');
    expect(call.coaching().map((c) => c.id)).toEqual([SUPERVISOR.id]);
    expect(mesh.sentTo.get(CUSTOMER.id)).toBe(mesh.local);
    expect(mixes[0].barging).toEqual([]);
    expect(call.barging()).toEqual([]);

    mode(call, 'BARGE');
    expect(call.monitorMode()).toBe('BARGE');
    expect(mixes[0].barging).toEqual([supervisor]);
    expect(call.barging()).toEqual([supervisor]);
    expect(mesh.sentTo.get(CUSTOMER.id)).toBe(mixes[0].bargeStream);
    expect(call.sending()).toBe('mix');
    expect(call.sendingTrackId()).toBe('mix-track');

    mode(call, 'LISTEN');
    expect(mesh.sentTo.get(CUSTOMER.id)).toBe(mesh.local);
    expect(call.sending()).toBe('mic');
    expect(call.barging()).toEqual([]);

    mode(call, null);
    expect(call.monitorMode()).toBeNull();
    expect(mixes[0].closed).toBe(true);
  });
});
