import { Injectable, inject } from '@angular/core';
import { CLOCK } from '../../core/time/clock';

/** At most one chime this often, however many things arrive at once. */
export const CHIME_GAP_MS = 1_500;

/**
 * A short two-note chime for things that want the agent's attention, made with WebAudio (no
 * audio file to load). Silent where the browser has no `AudioContext`, and until the page has
 * had a user gesture if the browser insists on one (the agent has clicked by then, e.g. to go
 * Available).
 */
@Injectable({ providedIn: 'root' })
export class Chime {
  private readonly clock = inject(CLOCK);
  private context: AudioContext | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;

  play(): void {
    const now = this.clock.now();
    if (now - this.lastAt < CHIME_GAP_MS) {
      return;
    }
    this.lastAt = now;
    const context = this.audio();
    if (context === null) {
      return;
    }
    if (context.state === 'suspended') {
      void context.resume().catch(() => undefined);
    }
    const start = context.currentTime;
    this.note(context, 880, start, 0.12);
    this.note(context, 1320, start + 0.14, 0.18);
  }

  private audio(): AudioContext | null {
    if (this.context === null && typeof AudioContext === 'function') {
      try {
        this.context = new AudioContext();
      } catch {
        return null;
      }
    }
    return this.context;
  }

  /** One sine tone with a quick fade in and out, so it does not click. */
  private note(context: AudioContext, frequency: number, at: number, seconds: number): void {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + seconds + 0.02);
  }
}
