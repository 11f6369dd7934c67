import { Injectable } from '@angular/core';

/** Stops a scheduled or repeating callback. Calling it more than once is harmless. */
export type Cancel = () => void;

/**
 * Where the client reads the time and schedules work. Components and services take it from
 * injection instead of calling `Date.now()` and `setTimeout` directly, so that tests (see
 * `FakeClock`) can move time forward by hand and countdowns and reconnects stay deterministic.
 */
@Injectable({ providedIn: 'root', useFactory: () => new SystemClock() })
export abstract class Clock {
  /** Milliseconds since the epoch. */
  abstract now(): number;

  /** Runs `task` once after `delayMs`. */
  abstract schedule(delayMs: number, task: () => void): Cancel;

  /** Runs `task` every `periodMs` until cancelled. */
  abstract repeat(periodMs: number, task: () => void): Cancel;
}

/** The browser's clock and timers. */
export class SystemClock extends Clock {
  override now(): number {
    return Date.now();
  }

  override schedule(delayMs: number, task: () => void): Cancel {
    const handle = setTimeout(task, delayMs);
    return () => clearTimeout(handle);
  }

  override repeat(periodMs: number, task: () => void): Cancel {
    const handle = setInterval(task, periodMs);
    return () => clearInterval(handle);
  }
}
