import { FakeClock } from '@parley/shared/testing';
import {
  LEVEL_PERIOD_MS,
  LevelMeter,
  deviceProblem,
  levelOf,
  openDevices,
  stopDevices,
} from './devices';
import { FakeAudioContext, fakeCallMedia } from './testing/fake-call-media';

describe('devices', () => {
  it('asks for the microphone, and the camera for a video call', async () => {
    const { media, constraints } = fakeCallMedia();

    await openDevices(media, 'VOICE');
    await openDevices(media, 'VIDEO');

    expect(constraints.map((asked) => [Boolean(asked.audio), Boolean(asked.video)])).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('stops every track', async () => {
    const { media, streams } = fakeCallMedia();
    stopDevices(await openDevices(media, 'VIDEO'));

    expect(streams[0].getTracks().map((track) => track.stopped)).toEqual([true, true]);
  });

  it.each([
    [
      'NotAllowedError',
      'NotAllowedError',
      'Your browser blocked the microphone/camera. Allow it in the address bar and try again.',
    ],
    [
      'SecurityError',
      'NotAllowedError',
      'Your browser blocked the microphone/camera. Allow it in the address bar and try again.',
    ],
    ['NotFoundError', 'NotFoundError', 'No microphone/camera found.'],
    ['OverconstrainedError', 'NotFoundError', 'No microphone/camera found.'],
    [
      'NotReadableError',
      'NotReadableError',
      'Your microphone/camera is in use by another application.',
    ],
    ['TypeError', 'TypeError', 'Your microphone/camera could not be opened.'],
  ])('explains %s in a video call', (name, code, message) => {
    expect(deviceProblem(new DOMException('x', name), 'VIDEO')).toEqual({ code, message });
  });

  it('speaks of the microphone alone in a voice call', () => {
    expect(deviceProblem(new DOMException('x', 'NotFoundError'), 'VOICE').message).toBe(
      'No microphone found.',
    );
  });

  it('measures silence as 0 and a loud signal as 1', () => {
    expect(levelOf(new Uint8Array(64).fill(128))).toBe(0);
    expect(levelOf(new Uint8Array(64).fill(255))).toBe(1);
    expect(levelOf(new Uint8Array(64).fill(140))).toBeCloseTo(0.375, 2);
  });

  it('reads the level until stopped, and closes its audio context', () => {
    const clock = new FakeClock();
    const { media } = fakeCallMedia();
    const levels: number[] = [];
    const meter = new LevelMeter({} as MediaStream, media.createAudioContext!, clock, (level) =>
      levels.push(level),
    );
    const context = FakeAudioContext.created[0];

    clock.advance(LEVEL_PERIOD_MS);
    context.sample = 255;
    clock.advance(LEVEL_PERIOD_MS);
    meter.stop();
    clock.advance(LEVEL_PERIOD_MS * 5);

    expect(levels).toEqual([0, 1]);
    expect(context.closed).toBe(true);
  });
});
