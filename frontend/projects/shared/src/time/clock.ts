/** Stops a scheduled or repeating callback. Calling it more than once is harmless. */
export type Cancel = () => void;

/**
 * Where client code reads the time and schedules work. Code is handed a `Clock` instead of
 * calling `Date.now()` and `setTimeout` directly, so that tests (see `FakeClock` in
 * `@parley/shared/testing`) can move time forward by hand and countdowns and reconnects stay
 * deterministic. The workstation injects one; the widget will create its own.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;

  /** Runs `task` once after `delayMs`. */
  schedule(delayMs: number, task: () => void): Cancel;

  /** Runs `task` every `periodMs` until cancelled. */
  repeat(periodMs: number, task: () => void): Cancel;
}

/** The browser's clock and timers. */
export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }

  schedule(delayMs: number, task: () => void): Cancel {
    const handle = setTimeout(task, delayMs);
    return () => clearTimeout(handle);
  }

  repeat(periodMs: number, task: () => void): Cancel {
    const handle = setInterval(task, periodMs);
    return () => clearInterval(handle);
  }
}
