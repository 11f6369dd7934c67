import { Cancel, Clock } from '../time/clock';

interface Timer {
  readonly id: number;
  due: number;
  readonly periodMs: number | null;
  readonly task: () => void;
}

/**
 * A clock for tests: time stands still until `advance()` moves it, running every timer that
 * falls due on the way, in order. In the workstation, provide it with
 * `{ provide: CLOCK, useValue: new FakeClock() }`.
 */
export class FakeClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start: string | number = '2026-11-23T10:00:00Z') {
    this.current = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.current;
  }

  schedule(delayMs: number, task: () => void): Cancel {
    return this.add(delayMs, null, task);
  }

  repeat(periodMs: number, task: () => void): Cancel {
    return this.add(periodMs, periodMs, task);
  }

  /** How many timers are waiting, e.g. to check that a component cleaned up after itself. */
  pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, running due timers (earliest first) at their due time. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.timers
        .filter((timer) => timer.due <= target)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) {
        break;
      }
      this.current = next.due;
      if (next.periodMs === null) {
        this.timers = this.timers.filter((timer) => timer !== next);
      } else {
        next.due += next.periodMs;
      }
      next.task();
    }
    this.current = target;
  }

  private add(delayMs: number, periodMs: number | null, task: () => void): Cancel {
    const timer: Timer = { id: this.nextId++, due: this.current + delayMs, periodMs, task };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }
}
