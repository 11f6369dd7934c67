import { Cancel, Clock } from '@parley/shared';

/** While typing goes on, `active: true` is repeated at most this often. */
export const TYPING_REFRESH_MS = 3_000;
/** Typing counts as stopped after this long without a keystroke. */
export const TYPING_IDLE_MS = 3_000;

/**
 * Turns keystrokes into typing reports for the other side: `true` on the first keystroke and
 * again at most every `TYPING_REFRESH_MS` while typing goes on, `false` once the agent has been
 * idle for `TYPING_IDLE_MS` or sends.
 */
export class TypingReporter {
  private active = false;
  private lastReportAt = Number.NEGATIVE_INFINITY;
  private idle: Cancel | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly report: (active: boolean) => void,
  ) {}

  keystroke(): void {
    const now = this.clock.now();
    if (!this.active || now - this.lastReportAt >= TYPING_REFRESH_MS) {
      this.active = true;
      this.lastReportAt = now;
      this.report(true);
    }
    this.idle?.();
    this.idle = this.clock.schedule(TYPING_IDLE_MS, () => this.stop());
  }

  /** The agent sent, cleared the text or left: typing stopped (reported once). */
  stop(): void {
    this.idle?.();
    this.idle = null;
    if (this.active) {
      this.active = false;
      this.report(false);
    }
  }
}
