/* Fake browser media for the call's specs; never imported by the widget itself. */
import {
  FakePeerConnection,
  FakeStream,
  fakeLocalStream,
} from '../../../shared/src/call/testing/fake-media';
import type { CallMedia } from '../devices';

export {
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  fakeLocalStream,
  settle,
} from '../../../shared/src/call/testing/fake-media';

/** A Web Audio context that records what was made of it; the analyser reads `level` samples. */
export class FakeAudioContext {
  static created: FakeAudioContext[] = [];
  closed = false;
  currentTime = 0;
  readonly destination = {};
  /** The sample every analyser read yields (128 = silence). */
  sample = 128;
  readonly oscillators: { frequency: { value: number }; started: number | null }[] = [];

  constructor() {
    FakeAudioContext.created.push(this);
  }

  createAnalyser() {
    return {
      fftSize: 2048,
      getByteTimeDomainData: (samples: Uint8Array) => samples.fill(this.sample),
    };
  }

  createMediaStreamSource() {
    return { connect: () => undefined };
  }

  createOscillator() {
    const oscillator = {
      type: 'sine',
      frequency: { value: 0 },
      started: null as number | null,
      connect: (node: unknown) => node,
      start: (at: number) => (oscillator.started = at),
      stop: () => undefined,
    };
    this.oscillators.push(oscillator);
    return oscillator;
  }

  createGain() {
    const node = {
      gain: { setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined },
      connect: (next: unknown) => next,
    };
    return node;
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

/** `CallMedia` whose devices open (or fail with `failWith`) as the spec says. */
export function fakeCallMedia(options: { failWith?: string } = {}) {
  const streams: FakeStream[] = [];
  const constraints: MediaStreamConstraints[] = [];
  FakeAudioContext.created = [];
  const media: CallMedia & { failWith: string | null } = {
    failWith: options.failWith ?? null,
    getUserMedia: (asked) => {
      constraints.push(asked);
      if (media.failWith) {
        return Promise.reject(new DOMException('refused', media.failWith));
      }
      const stream = fakeLocalStream(asked.video !== false && asked.video !== undefined);
      streams.push(stream);
      return Promise.resolve(stream.asMediaStream());
    },
    createPeerConnection: FakePeerConnection.factory,
    createAudioContext: () => new FakeAudioContext() as unknown as AudioContext,
  };
  return { media, streams, constraints };
}
