import { Cancel, Clock } from '@parley/shared';

export type CallChannel = 'VOICE' | 'VIDEO';

/** The browser's media, as the call needs it; specs hand in fakes. */
export interface CallMedia {
  readonly getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  readonly createPeerConnection: (config: RTCConfiguration) => RTCPeerConnection;
  /** For the microphone level and the ring tone; null where Web Audio is missing. */
  readonly createAudioContext: (() => AudioContext) | null;
}

/** The browser's media, or null where calls cannot work (no WebRTC, or not a secure page). */
export function browserMedia(): CallMedia | null {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof RTCPeerConnection !== 'function' || !devices?.getUserMedia) {
    return null;
  }
  return {
    getUserMedia: (constraints) => devices.getUserMedia(constraints),
    createPeerConnection: (config) => new RTCPeerConnection(config),
    createAudioContext: typeof AudioContext === 'function' ? () => new AudioContext() : null,
  };
}

/** Why the devices could not be opened: `code` is the browser's error name, for tests and logs. */
export interface DeviceProblem {
  readonly code: string;
  readonly message: string;
}

/** A clear sentence for a `getUserMedia` failure. */
export function deviceProblem(error: unknown, channel: CallChannel): DeviceProblem {
  const what = channel === 'VIDEO' ? 'microphone/camera' : 'microphone';
  const name = error instanceof Error || isNamed(error) ? error.name : 'Error';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        code: 'NotAllowedError',
        message: `Your browser blocked the ${what}. Allow it in the address bar and try again.`,
      };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { code: 'NotFoundError', message: `No ${what} found.` };
    case 'NotReadableError':
    case 'AbortError':
      return {
        code: 'NotReadableError',
        message: `Your ${what} is in use by another application.`,
      };
    default:
      return { code: name, message: `Your ${what} could not be opened.` };
  }
}

function isNamed(error: unknown): error is { name: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { name?: unknown }).name === 'string'
  );
}

/** Opens the microphone, and the camera for a video call. */
export function openDevices(media: CallMedia, channel: CallChannel): Promise<MediaStream> {
  return media.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    video: channel === 'VIDEO' ? { width: { ideal: 640 }, height: { ideal: 480 } } : false,
  });
}

/** Stops every track of `stream`: the browser's recording indicator goes off. */
export function stopDevices(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** How often the level meter reads the microphone. */
export const LEVEL_PERIOD_MS = 100;

/**
 * The microphone's level for the pre-call check: a Web Audio `AnalyserNode` on the stream, read
 * every `LEVEL_PERIOD_MS` into 0–1 (the RMS of the waveform, scaled so that speech fills most of
 * the bar).
 */
export class LevelMeter {
  private readonly context: AudioContext;
  private readonly stopReading: Cancel;

  constructor(
    stream: MediaStream,
    createAudioContext: () => AudioContext,
    clock: Clock,
    onLevel: (level: number) => void,
  ) {
    this.context = createAudioContext();
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 512;
    this.context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    this.stopReading = clock.repeat(LEVEL_PERIOD_MS, () => {
      analyser.getByteTimeDomainData(samples);
      onLevel(levelOf(samples));
    });
  }

  stop(): void {
    this.stopReading();
    void this.context.close().catch(() => undefined);
  }
}

/** 0–1 from unsigned 8-bit samples around 128. */
export function levelOf(samples: Uint8Array): number {
  if (samples.length === 0) {
    return 0;
  }
  let sum = 0;
  for (const sample of samples) {
    const centred = (sample - 128) / 128;
    sum += centred * centred;
  }
  return Math.min(1, Math.sqrt(sum / samples.length) * 4);
}
