import { InjectionToken } from '@angular/core';
import { Clock, SystemClock } from '@parley/shared';

/**
 * The clock that components and services inject instead of calling `Date.now()` and
 * `setTimeout` directly, so that tests can provide a `FakeClock` (from `@parley/shared/testing`)
 * and move time by hand. The `Clock` itself is framework-free, shared with the widget.
 */
export const CLOCK = new InjectionToken<Clock>('CLOCK', {
  providedIn: 'root',
  factory: () => new SystemClock(),
});
