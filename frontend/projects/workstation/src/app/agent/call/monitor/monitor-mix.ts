/**
 * Peer to peer, the agent's browser feeds a monitoring supervisor and, when they barge, mixes
 * their voice into what the others hear (docs/call-protocol.md, "Monitoring"). Two Web Audio
 * buses on one context:
 *
 * - `feed`: the whole call as the supervisor hears it — the customer, experts and the agent's own
 *   microphone (never the supervisor themselves);
 * - `barge`: the agent's microphone and the barging supervisors, sent instead of the plain
 *   microphone to the customer and experts while a supervisor barges.
 *
 * `close` releases the context; the streams given are never stopped here.
 */
export interface MonitorMixer {
  readonly feed: MediaStream;
  /** The barge bus's audio track. */
  readonly bargeTrack: MediaStreamTrack;
  /** `own` is the agent's microphone; `others` the customer's and experts' streams. */
  set(
    own: MediaStream | null,
    others: readonly MediaStream[],
    barging: readonly MediaStream[],
  ): void;
  /** What the customer and experts receive while a supervisor barges: the mix and `video`. */
  barge(video: readonly MediaStreamTrack[]): MediaStream;
  close(): void;
}

/** One mix: sources come and go, the destination's track stays. */
class AudioBus {
  readonly destination: MediaStreamAudioDestinationNode;
  private readonly sources = new Map<MediaStream, MediaStreamAudioSourceNode>();

  constructor(private readonly context: AudioContext) {
    this.destination = context.createMediaStreamDestination();
  }

  set(streams: readonly MediaStream[]): void {
    const wanted = new Set(streams.filter((s) => s.getAudioTracks().length > 0));
    for (const [stream, node] of this.sources) {
      if (!wanted.has(stream)) {
        node.disconnect();
        this.sources.delete(stream);
      }
    }
    for (const stream of wanted) {
      if (!this.sources.has(stream)) {
        const node = this.context.createMediaStreamSource(stream);
        node.connect(this.destination);
        this.sources.set(stream, node);
      }
    }
  }

  close(): void {
    this.sources.forEach((node) => node.disconnect());
    this.sources.clear();
    this.destination.stream.getTracks().forEach((t) => t.stop());
  }
}

export class MonitorMix implements MonitorMixer {
  readonly feed: MediaStream;
  readonly bargeTrack: MediaStreamTrack;
  private readonly context = new AudioContext();
  private readonly feedBus = new AudioBus(this.context);
  private readonly bargeBus = new AudioBus(this.context);

  constructor() {
    this.feed = this.feedBus.destination.stream;
    this.bargeTrack = this.bargeBus.destination.stream.getAudioTracks()[0];
  }

  private bargeStream: MediaStream | null = null;

  barge(video: readonly MediaStreamTrack[]): MediaStream {
    const cached = this.bargeStream?.getVideoTracks() ?? [];
    if (
      !this.bargeStream ||
      cached.length !== video.length ||
      video.some((t) => !cached.includes(t))
    ) {
      this.bargeStream = new MediaStream([this.bargeTrack, ...video]);
    }
    return this.bargeStream;
  }

  set(
    own: MediaStream | null,
    others: readonly MediaStream[],
    barging: readonly MediaStream[],
  ): void {
    this.feedBus.set(own ? [own, ...others] : others);
    this.bargeBus.set(own ? [own, ...barging] : barging);
    void this.context.resume().catch(() => undefined);
  }

  close(): void {
    this.feedBus.close();
    this.bargeBus.close();
    void this.context.close().catch(() => undefined);
  }
}
