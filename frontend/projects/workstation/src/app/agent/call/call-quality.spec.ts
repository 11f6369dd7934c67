import { callQuality } from './call-quality';
import { peerStats } from './call-fakes';

describe('callQuality', () => {
  it('is unknown until the browser has a figure', () => {
    expect(callQuality([])).toEqual({
      rttMs: null,
      jitterMs: null,
      packetLossPct: null,
      level: 'unknown',
    });
    expect(
      callQuality([peerStats({ rttMs: null, jitterMs: null, packetLossPct: null })]).level,
    ).toBe('unknown');
  });

  it('rates a clean connection good, and one past any good limit fair', () => {
    expect(callQuality([peerStats()]).level).toBe('good');
    expect(callQuality([peerStats({ rttMs: 200 })]).level).toBe('fair');
    expect(callQuality([peerStats({ jitterMs: 31 })]).level).toBe('fair');
    expect(callQuality([peerStats({ packetLossPct: 2 })]).level).toBe('fair');
  });

  it('rates poor past any poor limit, whatever the others say', () => {
    expect(callQuality([peerStats({ rttMs: 401 })]).level).toBe('poor');
    expect(callQuality([peerStats({ packetLossPct: 6, rttMs: 10 })]).level).toBe('poor');
    expect(callQuality([peerStats({ jitterMs: 150 })]).level).toBe('poor');
  });

  it('takes the worst figure of every peer (a three-way call is as good as its worst leg)', () => {
    const quality = callQuality([
      peerStats({ rttMs: 30, jitterMs: 12, packetLossPct: null }),
      peerStats({ peerId: 'agent:bob', rttMs: 180, jitterMs: 4, packetLossPct: 0.5 }),
    ]);
    expect(quality).toEqual({ rttMs: 180, jitterMs: 12, packetLossPct: 0.5, level: 'fair' });
  });
});
