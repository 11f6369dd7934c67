import { FakeClock } from './fake-clock';

describe('FakeClock', () => {
  it('stands still until advanced', () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');

    expect(clock.now()).toBe(Date.parse('2026-11-23T10:00:00Z'));
    clock.advance(1_500);
    expect(clock.now()).toBe(Date.parse('2026-11-23T10:00:01.500Z'));
  });

  it('runs due timers in order, each at its own time', () => {
    const clock = new FakeClock(0);
    const runs: string[] = [];
    clock.repeat(1_000, () => runs.push(`tick@${clock.now()}`));
    clock.schedule(1_500, () => runs.push(`once@${clock.now()}`));
    const cancelled = clock.schedule(500, () => runs.push('cancelled'));
    cancelled();

    clock.advance(2_000);

    expect(runs).toEqual(['tick@1000', 'once@1500', 'tick@2000']);
    expect(clock.pendingTimers()).toBe(1);
  });
});
