import { DOCUMENT, Injectable, InjectionToken, inject } from '@angular/core';

/** The browser's media devices; null where there are none (no HTTPS, an old browser). */
export const MEDIA_DEVICES = new InjectionToken<Pick<MediaDevices, 'getUserMedia'> | null>(
  'MEDIA_DEVICES',
  {
    providedIn: 'root',
    factory: () => inject(DOCUMENT).defaultView?.navigator.mediaDevices ?? null,
  },
);

/** The agent's own microphone (and camera) for a call, or why they cannot be used. */
export type LocalMediaResult =
  | {
      readonly ok: true;
      readonly stream: MediaStream;
      /** Set when a video call goes on with audio only, and why. */
      readonly warning: string | null;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Opens the agent's devices with `getUserMedia`. A video call whose camera is missing or busy
 * goes on with the microphone alone (the agent is told); a microphone that is refused, missing or
 * in use fails with a sentence that says what to do.
 */
@Injectable({ providedIn: 'root' })
export class LocalMedia {
  private readonly devices = inject(MEDIA_DEVICES);

  async open(video: boolean): Promise<LocalMediaResult> {
    if (!this.devices?.getUserMedia) {
      return {
        ok: false,
        error: 'This browser cannot use a microphone here (it needs HTTPS and a recent browser).',
      };
    }
    try {
      const stream = await this.devices.getUserMedia({ audio: true, video });
      return { ok: true, stream, warning: null };
    } catch (error: unknown) {
      const name = errorName(error);
      if (video && name !== 'NotAllowedError' && name !== 'SecurityError') {
        // The camera may be what failed: try the microphone alone.
        try {
          const stream = await this.devices.getUserMedia({ audio: true, video: false });
          return { ok: true, stream, warning: describe(name, 'camera') + ' Audio only.' };
        } catch (audioError: unknown) {
          return { ok: false, error: describe(errorName(audioError), 'microphone') };
        }
      }
      return { ok: false, error: describe(name, video ? 'microphone and camera' : 'microphone') };
    }
  }
}

/** Stops every track of the stream: the browser's "in use" indicator goes out. */
export function stopTracks(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function describe(name: string, devices: string): string {
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Parley may not use your ${devices}. Allow it in the browser's site settings, then try again.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${devices} found. Connect one, then try again.`;
    case 'NotReadableError':
    case 'AbortError':
      return `Your ${devices} ${devices.includes(' and ') ? 'are' : 'is'} in use by another application. Close it, then try again.`;
    default:
      return `Your ${devices} could not be opened. Try again.`;
  }
}
