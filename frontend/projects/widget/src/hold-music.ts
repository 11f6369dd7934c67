import { Cancel, Clock } from '@parley/shared';

export type MusicPlaying = 'greeting' | 'hold' | null;

/**
 * The music of a waiting peer-to-peer caller: `/media/greeting.ogg` once, then
 * `/media/hold.ogg` in a loop, from the Parley server, in the widget's `<audio data-hold-music>`
 * (which `element` finds in the shadow root). In Kurento mode the server plays it through the
 * call instead and this stays silent.
 */
export class HoldMusic {
  private current: MusicPlaying = null;

  constructor(
    private readonly server: string,
    private readonly element: () => HTMLAudioElement | null,
  ) {}

  get playing(): MusicPlaying {
    return this.current;
  }

  /** The greeting, then the hold loop. */
  greetThenHold(): void {
    this.play('greeting', 'greeting.ogg', false);
  }

  /** The hold loop (again), e.g. when the agent puts the call on hold. */
  hold(): void {
    if (this.current !== 'hold') {
      this.play('hold', 'hold.ogg', true);
    }
  }

  stop(): void {
    this.current = null;
    const audio = this.element();
    if (!audio) {
      return;
    }
    audio.onended = null;
    try {
      audio.pause();
    } catch {
      // jsdom and old browsers: nothing was playing.
    }
    audio.removeAttribute('src');
  }

  private play(what: Exclude<MusicPlaying, null>, file: string, loop: boolean): void {
    const audio = this.element();
    this.current = what;
    if (!audio) {
      return;
    }
    audio.loop = loop;
    audio.onended = loop
      ? null
      : () => {
          if (this.current === what) {
            this.play('hold', 'hold.ogg', true); // not after a stop() or another play
          }
        };
    audio.src = `${this.server}/media/${file}`;
    playQuietly(audio);
  }
}

/** `play()`, ignoring a refusal (autoplay policy after a reload without a click). */
export function playQuietly(media: HTMLMediaElement): void {
  try {
    void media.play()?.catch(() => undefined);
  } catch {
    // Not implemented (jsdom).
  }
}

/** How often the phone rings while a callback waits for the visitor's answer. */
export const RING_PERIOD_MS = 3_000;

/**
 * The ring of a callback (virtual hold): two short soft tones every `RING_PERIOD_MS`, made with
 * Web Audio, so no file has to be loaded for it.
 */
export class Ringer {
  private context: AudioContext | null = null;
  private stopRepeat: Cancel | null = null;

  constructor(
    private readonly createAudioContext: (() => AudioContext) | null,
    private readonly clock: Clock,
  ) {}

  get ringing(): boolean {
    return this.stopRepeat !== null;
  }

  start(): void {
    if (this.stopRepeat) {
      return;
    }
    try {
      this.context = this.createAudioContext?.() ?? null;
    } catch {
      this.context = null; // no sound; the Answer button still shows
    }
    this.ring();
    this.stopRepeat = this.clock.repeat(RING_PERIOD_MS, () => this.ring());
  }

  stop(): void {
    this.stopRepeat?.();
    this.stopRepeat = null;
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private ring(): void {
    const context = this.context;
    if (!context) {
      return;
    }
    const start = context.currentTime;
    [
      [660, 0],
      [880, 0.45],
    ].forEach(([frequency, offset]) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.2, start + offset + 0.03);
      gain.gain.linearRampToValueAtTime(0, start + offset + 0.4);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.42);
    });
  }
}
