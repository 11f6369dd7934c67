import { DestroyRef, Signal, inject, signal } from '@angular/core';
import { CLOCK } from '../core/time/clock';

/** Whole seconds from `now` until the ISO instant `until`, never below zero. */
export function secondsUntil(until: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(until) - now) / 1000));
}

/** `m:ss`, e.g. `0:07` or `2:30`. */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The injected clock's time as a signal, updated every second while the calling component or
 * service lives. Countdowns are `computed` from it.
 */
export function injectNow(): Signal<number> {
  const clock = inject(CLOCK);
  const now = signal(clock.now());
  const stop = clock.repeat(1000, () => now.set(clock.now()));
  inject(DestroyRef).onDestroy(stop);
  return now.asReadonly();
}
