import { FakeClock } from '@parley/shared/testing';
import { TYPING_IDLE_MS, TypingReporter } from './typing-reporter';

describe('TypingReporter', () => {
  let clock: FakeClock;
  let reports: boolean[];
  let reporter: TypingReporter;

  beforeEach(() => {
    clock = new FakeClock();
    reports = [];
    reporter = new TypingReporter(clock, (active) => reports.push(active));
  });

  it('reports typing on the first keystroke and stopped after three idle seconds', () => {
    reporter.keystroke();
    clock.advance(500);
    reporter.keystroke();
    expect(reports).toEqual([true]);

    clock.advance(TYPING_IDLE_MS - 1);
    expect(reports).toEqual([true]);
    clock.advance(1);
    expect(reports).toEqual([true, false]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('repeats typing at most every three seconds while keystrokes go on', () => {
    for (let i = 0; i < 14; i++) {
      reporter.keystroke();
      clock.advance(500);
    }

    expect(reports).toEqual([true, true, true]);
  });

  it('reports stopped once when the agent sends, and nothing when idle already', () => {
    reporter.stop();
    expect(reports).toEqual([]);

    reporter.keystroke();
    reporter.stop();
    reporter.stop();
    clock.advance(10_000);

    expect(reports).toEqual([true, false]);
  });
});
