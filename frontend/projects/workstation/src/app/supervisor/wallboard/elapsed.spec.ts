import { formatElapsed, secondsSince } from './elapsed';

describe('elapsed', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('counts whole seconds since an instant, never below zero', () => {
    expect(secondsSince('2026-11-23T09:58:29.500Z', now)).toBe(90);
    expect(secondsSince('2026-11-23T10:00:03Z', now)).toBe(0);
    expect(secondsSince(null, now)).toBeNull();
    expect(secondsSince('not a time', now)).toBeNull();
  });

  it('writes minutes and seconds, and hours from the first hour on', () => {
    expect(formatElapsed(7)).toBe('0:07');
    expect(formatElapsed(750)).toBe('12:30');
    expect(formatElapsed(3723)).toBe('1:02:03');
    expect(formatElapsed(null)).toBe('–');
  });
});
