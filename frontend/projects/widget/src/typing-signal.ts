import { Cancel, Clock } from '@parley/shared';

/** While the visitor keeps typing, `typing {active: true}` goes out at most this often. */
export const TYPING_REPEAT_MS = 2_000;
/** After this long without a keystroke, `typing {active: false}` goes out. */
export const TYPING_IDLE_MS = 3_000;

/**
 * Turns keystrokes into `typing` frames: `active: true` on the first keystroke and again every
 * `TYPING_REPEAT_MS` while typing goes on (so the agent's indicator stays fresh), `active: false`
 * once the visitor stops for `TYPING_IDLE_MS` or sends.
 */
export class TypingSignal {
  private active = false;
  private lastSent = 0;
  private cancelIdle: Cancel | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly send: (active: boolean) => void,
  ) {}

  /** The visitor typed (or deleted) something. */
  keystroke(): void {
    const now = this.clock.now();
    if (!this.active || now - this.lastSent >= TYPING_REPEAT_MS) {
      this.active = true;
      this.lastSent = now;
      this.send(true);
    }
    this.cancelIdle?.();
    this.cancelIdle = this.clock.schedule(TYPING_IDLE_MS, () => this.stop());
  }

  /** The visitor sent, cleared the text or left: says so once if it said it was typing. */
  stop(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
    if (this.active) {
      this.active = false;
      this.send(false);
    }
  }
}
