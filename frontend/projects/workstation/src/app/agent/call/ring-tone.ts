import { Injectable, inject } from '@angular/core';
import { Cancel } from '@parley/shared';
import { CLOCK } from '../../core/time/clock';

/** One ring (two short bursts) this often while a call is offered. */
export const RING_EVERY_MS = 3_000;

/**
 * The ring of an incoming call, made with Web Audio (no file to load): two short bursts of a
 * two-tone chord every 3 s, until stopped. Silent where the browser has no `AudioContext`.
 */
@Injectable({ providedIn: 'root' })
export class RingTone {
  private readonly clock = inject(CLOCK);
  private context: AudioContext | null = null;
  private stopRepeat: Cancel | null = null;

  get ringing(): boolean {
    return this.stopRepeat !== null;
  }

  /** Starts ringing; does nothing while it already rings. */
  start(): void {
    if (this.stopRepeat !== null) {
      return;
    }
    this.ring();
    this.stopRepeat = this.clock.repeat(RING_EVERY_MS, () => this.ring());
  }

  stop(): void {
    this.stopRepeat?.();
    this.stopRepeat = null;
  }

  private ring(): void {
    const context = this.audio();
    if (context === null) {
      return;
    }
    if (context.state === 'suspended') {
      void context.resume().catch(() => undefined);
    }
    const start = context.currentTime;
    this.burst(context, start, 0.4);
    this.burst(context, start + 0.6, 0.4);
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

  /** A 440 + 480 Hz chord (the classic telephone ring) with soft edges, so it does not click. */
  private burst(context: AudioContext, at: number, seconds: number): void {
    const gain = context.createGain();
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.15, at + 0.03);
    gain.gain.setValueAtTime(0.15, at + seconds - 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    gain.connect(context.destination);
    for (const frequency of [440, 480]) {
      const oscillator = context.createOscillator();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start(at);
      oscillator.stop(at + seconds + 0.02);
    }
  }
}
