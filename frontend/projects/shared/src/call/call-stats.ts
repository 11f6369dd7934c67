/** Call quality towards one peer, for a quality indicator. Nulls where the browser has no figure yet. */
export interface PeerStats {
  peerId: string;
  /** Round-trip time of the selected ICE candidate pair. */
  rttMs: number | null;
  /** The largest jitter of the incoming streams. */
  jitterMs: number | null;
  /** Lost packets as a share of the expected incoming packets, 0–100. */
  packetLossPct: number | null;
  inboundBytes: number;
  outboundBytes: number;
}

type Stat = Record<string, unknown>;

/**
 * Reduces a `getStats()` report to `PeerStats`: the selected candidate pair's
 * `currentRoundTripTime` (the transport's `selectedCandidatePairId`, else the nominated
 * succeeded pair), `inbound-rtp` jitter, `packetsLost`, `packetsReceived` and `bytesReceived`,
 * and `outbound-rtp` `bytesSent`.
 */
export function summarizeStats(peerId: string, report: RTCStatsReport): PeerStats {
  const stats: Stat[] = [];
  report.forEach((stat: Stat) => stats.push(stat));

  let jitter: number | null = null;
  let lost = 0;
  let received = 0;
  let counted = false;
  let inboundBytes = 0;
  let outboundBytes = 0;
  for (const stat of stats) {
    if (stat['type'] === 'inbound-rtp') {
      const statJitter = numberOr(stat['jitter'], null);
      if (statJitter !== null) {
        jitter = Math.max(jitter ?? 0, statJitter);
      }
      if (typeof stat['packetsLost'] === 'number' || typeof stat['packetsReceived'] === 'number') {
        counted = true;
        lost += Math.max(0, numberOr(stat['packetsLost'], 0));
        received += numberOr(stat['packetsReceived'], 0);
      }
      inboundBytes += numberOr(stat['bytesReceived'], 0);
    } else if (stat['type'] === 'outbound-rtp') {
      outboundBytes += numberOr(stat['bytesSent'], 0);
    }
  }

  const pair = selectedPair(stats);
  const rtt = pair ? numberOr(pair['currentRoundTripTime'], null) : null;
  return {
    peerId,
    rttMs: rtt === null ? null : Math.round(rtt * 1000),
    jitterMs: jitter === null ? null : Math.round(jitter * 1000 * 10) / 10,
    packetLossPct:
      counted && lost + received > 0 ? Math.round((lost / (lost + received)) * 1000) / 10 : null,
    inboundBytes,
    outboundBytes,
  };
}

function selectedPair(stats: Stat[]): Stat | undefined {
  const transport = stats.find(
    (stat) => stat['type'] === 'transport' && typeof stat['selectedCandidatePairId'] === 'string',
  );
  if (transport) {
    const pair = stats.find((stat) => stat['id'] === transport['selectedCandidatePairId']);
    if (pair) {
      return pair;
    }
  }
  return (
    stats.find(
      (stat) =>
        stat['type'] === 'candidate-pair' &&
        stat['state'] === 'succeeded' &&
        (stat['nominated'] === true || stat['selected'] === true),
    ) ?? stats.find((stat) => stat['type'] === 'candidate-pair' && stat['state'] === 'succeeded')
  );
}

function numberOr<T extends number | null>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
