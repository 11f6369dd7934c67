import { PeerStats } from '@parley/shared';

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

/** The network quality of a call as the agent sees it: the worst of its peers. */
export interface CallQuality {
  readonly rttMs: number | null;
  readonly jitterMs: number | null;
  readonly packetLossPct: number | null;
  readonly level: QualityLevel;
}

export const NO_QUALITY: CallQuality = {
  rttMs: null,
  jitterMs: null,
  packetLossPct: null,
  level: 'unknown',
};

/**
 * Limits in the spirit of ITU-T G.114 and common VoIP practice: below all "good" limits a call
 * sounds clean; past any "poor" one people notice (talking over each other, gaps).
 */
export const LIMITS = {
  good: { rttMs: 150, jitterMs: 30, packetLossPct: 1 },
  poor: { rttMs: 400, jitterMs: 100, packetLossPct: 5 },
} as const;

/** The worst round-trip time, jitter and loss over all peers, rated good, fair or poor. */
export function callQuality(stats: readonly PeerStats[]): CallQuality {
  const rttMs = worst(stats.map((s) => s.rttMs));
  const jitterMs = worst(stats.map((s) => s.jitterMs));
  const packetLossPct = worst(stats.map((s) => s.packetLossPct));
  const measured = { rttMs, jitterMs, packetLossPct };
  return { ...measured, level: rate(measured) };
}

function rate(measured: Omit<CallQuality, 'level'>): QualityLevel {
  const keys = ['rttMs', 'jitterMs', 'packetLossPct'] as const;
  const known = keys.filter((key) => measured[key] !== null);
  if (known.length === 0) {
    return 'unknown';
  }
  if (known.some((key) => measured[key]! > LIMITS.poor[key])) {
    return 'poor';
  }
  return known.every((key) => measured[key]! <= LIMITS.good[key]) ? 'good' : 'fair';
}

function worst(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : Math.max(...known);
}
