import { TestBed } from '@angular/core/testing';
import { FakeClock } from '@parley/shared/testing';
import { CLOCK } from '../../core/time/clock';
import { RING_EVERY_MS, RingTone } from './ring-tone';

describe('RingTone', () => {
  let clock: FakeClock;
  let started: number[];

  beforeEach(() => {
    clock = new FakeClock();
    started = [];
    const param = {
      value: 0,
      setValueAtTime: () => undefined,
      exponentialRampToValueAtTime: () => undefined,
    };
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator() {
        return {
          type: 'sine',
          frequency: { value: 0 },
          connect: () => undefined,
          start: (at: number) => started.push(at),
          stop: () => undefined,
        };
      }
      createGain() {
        return { gain: param, connect: () => undefined };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    TestBed.configureTestingModule({ providers: [{ provide: CLOCK, useValue: clock }] });
  });

  afterEach(() => vi.unstubAllGlobals());

  it('rings at once and every 3 s (two bursts of a two-tone chord) until stopped', () => {
    const tone = TestBed.inject(RingTone);

    tone.start();
    expect(tone.ringing).toBe(true);
    expect(started).toHaveLength(4);

    tone.start(); // already ringing: no second ring on top
    expect(started).toHaveLength(4);
    clock.advance(RING_EVERY_MS);
    expect(started).toHaveLength(8);

    tone.stop();
    expect(tone.ringing).toBe(false);
    clock.advance(RING_EVERY_MS * 3);
    expect(started).toHaveLength(8);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('is silent, without failing, where there is no Web Audio', () => {
    vi.stubGlobal('AudioContext', undefined);
    const tone = TestBed.inject(RingTone);
    tone.start();
    clock.advance(RING_EVERY_MS);
    tone.stop();
    expect(started).toEqual([]);
  });
});
