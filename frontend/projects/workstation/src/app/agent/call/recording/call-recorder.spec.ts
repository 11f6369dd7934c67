import { FakeClock } from '@parley/shared/testing';
import { CHUNK_MS, CallRecorder, Mix, Recorder, RecordingCalls } from './call-recorder';
import { RecordingPolicy, RecordingStatus } from './recording-api';

class FakeRecorder implements Recorder {
  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  timeslice = 0;
  constructor(
    readonly stream: MediaStream,
    readonly mimeType: string,
  ) {}
  start(timesliceMs: number): void {
    this.timeslice = timesliceMs;
    this.state = 'recording';
  }
  pause(): void {
    this.state = 'paused';
  }
  resume(): void {
    this.state = 'recording';
  }
  stop(): void {
    this.ondataavailable?.({ data: new Blob(['last']) });
    this.state = 'inactive';
    this.onstop?.();
  }
  emit(text: string): void {
    this.ondataavailable?.({ data: new Blob([text]) });
  }
}

class FakeMix implements Mix {
  readonly stream = {} as MediaStream;
  sets: { own: MediaStream | null; others: readonly MediaStream[] }[] = [];
  closed = false;
  set(own: MediaStream | null, others: readonly MediaStream[]): void {
    this.sets.push({ own, others });
  }
  close(): void {
    this.closed = true;
  }
}

describe('CallRecorder', () => {
  let calls: string[];
  let chunks: { sequence: number; text: string }[];
  let recorders: FakeRecorder[];
  let mixes: FakeMix[];
  let refuseStart: boolean;

  const status = (paused = false): RecordingStatus => ({
    id: 'rec-1',
    state: 'RECORDING',
    paused,
    pauses: 0,
  });

  function recorder(
    policy: RecordingPolicy = 'ALWAYS',
    video = true,
    onServer = false,
  ): CallRecorder {
    const server: RecordingCalls = {
      start: async (requested) => {
        calls.push(`start ${requested}`);
        if (refuseStart) {
          throw { error: { error: 'calls of this queue are not recorded' } };
        }
        return status();
      },
      chunk: async (id, sequence, data) => {
        chunks.push({ sequence, text: await data.text() });
      },
      pause: async (id, paused) => {
        calls.push(`pause ${paused}`);
        return status(paused);
      },
      finish: async () => {
        calls.push(`finish after ${chunks.length} chunks`);
        return { ...status(), state: 'PROCESSING' };
      },
    };
    return new CallRecorder({
      video,
      onServer,
      policy,
      clock: new FakeClock('2026-12-05T10:00:00Z'),
      calls: server,
      createMix: () => {
        const mix = new FakeMix();
        mixes.push(mix);
        return mix;
      },
      createRecorder: (stream, mimeType) => {
        const r = new FakeRecorder(stream, mimeType);
        recorders.push(r);
        return r;
      },
    });
  }

  beforeEach(() => {
    calls = [];
    chunks = [];
    recorders = [];
    mixes = [];
    refuseStart = false;
  });

  it('records the mixed call in chunks, uploaded in order, and finishes after the last', async () => {
    const r = recorder();
    const own = { id: 'own' } as unknown as MediaStream;
    const customer = { id: 'customer' } as unknown as MediaStream;
    r.update(own, [customer]);
    await r.start(false);
    expect(r.state()).toBe('recording');
    expect(calls).toEqual(['start false']);
    expect(recorders[0].mimeType).toBe('video/webm;codecs=vp8,opus');
    expect(recorders[0].timeslice).toBe(CHUNK_MS);
    expect(mixes[0].sets.at(-1)).toEqual({ own, others: [customer] });
    recorders[0].emit('one');
    recorders[0].emit('two');
    await r.stop();
    expect(chunks).toEqual([
      { sequence: 0, text: 'one' },
      { sequence: 1, text: 'two' },
      { sequence: 2, text: 'last' },
    ]);
    expect(calls.at(-1)).toBe('finish after 3 chunks');
    expect(mixes[0].closed).toBe(true);
    expect(r.state()).toBe('done');
  });

  it('pauses the recorder itself, so the paused part is not recorded, and tells the server', async () => {
    const r = recorder('ALWAYS', false);
    await r.start(false);
    expect(recorders[0].mimeType).toBe('audio/webm;codecs=opus');
    await r.pause(true);
    expect(recorders[0].state).toBe('paused');
    expect(r.state()).toBe('paused');
    await r.pause(false);
    expect(recorders[0].state).toBe('recording');
    expect(calls).toEqual(['start false', 'pause true', 'pause false']);
  });

  it('lets the agent start an on-demand recording, and says why a refused one failed', async () => {
    const r = recorder('ON_DEMAND');
    expect(r.canStart()).toBe(true);
    refuseStart = true;
    await r.start(true);
    expect(r.state()).toBe('failed');
    expect(r.error()).toContain('calls of this queue are not recorded');
    refuseStart = false;
    await r.start(true);
    expect(r.state()).toBe('recording');
    expect(r.canStart()).toBe(false);
  });

  it('leaves recording to the media server in Kurento mode: start and pause only', async () => {
    const r = recorder('ALWAYS', true, true);
    await r.start(false);
    expect(r.state()).toBe('recording');
    expect(mixes).toHaveLength(0);
    expect(recorders).toHaveLength(0);
    await r.pause(true);
    expect(r.state()).toBe('paused');
    await r.stop();
    expect(calls).toEqual(['start false', 'pause true']);
    expect(r.state()).toBe('done');
  });

  it('never records a queue that never records', async () => {
    const r = recorder('NEVER');
    await r.start(true);
    expect(calls).toEqual([]);
    expect(r.state()).toBe('off');
    expect(r.canStart()).toBe(false);
  });
});
