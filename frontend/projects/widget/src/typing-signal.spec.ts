import { FakeClock } from '@parley/shared/testing';
import { TYPING_IDLE_MS, TypingSignal } from './typing-signal';

describe('TypingSignal', () => {
  let clock: FakeClock;
  let sent: boolean[];
  let signal: TypingSignal;

  beforeEach(() => {
    clock = new FakeClock();
    sent = [];
    signal = new TypingSignal(clock, (active) => sent.push(active));
  });

  it('says typing on the first keystroke and repeats it at most every 2 s', () => {
    signal.keystroke();
    for (let i = 0; i < 10; i++) {
      clock.advance(500);
      signal.keystroke();
    }

    // Keystrokes at 0, 0.5 … 5 s: active at 0, 2 and 4 s.
    expect(sent).toEqual([true, true, true]);
  });

  it('says it stopped after 3 s without a keystroke', () => {
    signal.keystroke();
    clock.advance(TYPING_IDLE_MS - 1);
    expect(sent).toEqual([true]);

    clock.advance(1);

    expect(sent).toEqual([true, false]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('says it stopped at once on stop, and only once', () => {
    signal.keystroke();

    signal.stop();
    signal.stop();
    clock.advance(10_000);

    expect(sent).toEqual([true, false]);
  });

  it('says nothing on stop when the visitor was not typing', () => {
    signal.stop();

    expect(sent).toEqual([]);
  });
});
