import { FakeClock } from '@parley/shared/testing';
import { fakeCallMedia } from './testing/fake-call-media';
import { VoicemailPart } from './voicemail-part';

const SERVER = 'https://parley.example';

/** A MediaRecorder stand-in: the spec hands out its chunks and stops it. */
class FakeRecorder extends EventTarget {
  state: 'inactive' | 'recording' = 'inactive';
  timeslice = 0;

  start(timeslice: number): void {
    this.state = 'recording';
    this.timeslice = timeslice;
  }

  chunk(bytes: number): void {
    const event = new Event('dataavailable') as Event & { data: Blob };
    event.data = new Blob([new Uint8Array(bytes)], { type: 'audio/webm' });
    this.dispatchEvent(event);
  }

  stop(): void {
    this.chunk(5); // the browser's last chunk comes before `stop`
    this.state = 'inactive';
    this.dispatchEvent(new Event('stop'));
  }
}

function reply(status: number, body: unknown = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status });
}

describe('VoicemailPart', () => {
  let clock: FakeClock;
  let calls: { url: string; method: string; auth: string | null }[];
  let recorder: FakeRecorder;
  let part: VoicemailPart;

  beforeEach(() => {
    clock = new FakeClock();
    calls = [];
    recorder = new FakeRecorder();
    const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const headers = new Headers(init?.headers);
      calls.push({ url, method: init?.method ?? 'GET', auth: headers.get('Authorization') });
      if (url.endsWith('/voicemail')) {
        return reply(201, { recordingId: 'r1', maxSeconds: 10, prompt: null });
      }
      if (url.includes('/chunks/')) {
        return reply(204);
      }
      return reply(200, { recordingId: 'r1', state: 'PROCESSING' });
    });
    part = new VoicemailPart({
      server: SERVER,
      fetch: fetchFn as unknown as typeof fetch,
      clock,
      media: fakeCallMedia().media,
      recorder: () => recorder as unknown as MediaRecorder,
      playPrompt: () => Promise.resolve(),
      onChange: () => undefined,
    });
  });

  async function recording(): Promise<void> {
    await part.start('call-1', 'tok');
    expect([part.state.stage, part.state.problem]).toEqual(['recording', null]);
  }

  it('starts the message with the token, plays the prompt, records in one-second chunks', async () => {
    await recording();

    expect(calls[0]).toEqual({
      url: `${SERVER}/api/visitor/conversations/call-1/voicemail`,
      method: 'POST',
      auth: 'Bearer tok',
    });
    expect(recorder.timeslice).toBe(1000);
    expect(part.state.secondsLeft).toBe(10);
  });

  it('counts down and uploads the chunks in order, then finishes when sent', async () => {
    await recording();
    recorder.chunk(100);
    clock.advance(3000);
    recorder.chunk(100);
    expect(part.state.secondsLeft).toBe(7);

    part.send();
    await vi.waitFor(() => expect(part.state.stage).toBe('sent'));

    expect(calls.slice(1).map((c) => c.url.replace(SERVER, ''))).toEqual([
      '/api/visitor/voicemails/r1/chunks/0',
      '/api/visitor/voicemails/r1/chunks/1',
      '/api/visitor/voicemails/r1/chunks/2',
      '/api/visitor/voicemails/r1/finish',
    ]);
    expect(calls.every((c) => c.auth === 'Bearer tok')).toBe(true);
  });

  it('stops and sends by itself at the queue’s longest message', async () => {
    await recording();

    clock.advance(10_000);
    await vi.waitFor(() => expect(part.state.stage).toBe('sent'));

    expect(calls.at(-1)?.url).toBe(`${SERVER}/api/visitor/voicemails/r1/finish`);
  });
});
