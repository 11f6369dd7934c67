import { Clock } from '@parley/shared';

/** Sends one chunk; rejects when it did not arrive. */
export type SendChunk = (sequence: number, data: Blob) => Promise<void>;

/** Waits between tries of one chunk: 0.5 s, 1 s, 2 s, 4 s, then gives up. */
export const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];

/**
 * Uploads a recording's chunks one after another, in the order they were recorded, each numbered
 * from 0 — the server joins them by number, and a retried chunk replaces itself. A chunk that
 * still fails after the retries is reported and skipped: the rest of the recording still counts
 * more than one lost stretch of a few seconds.
 */
export class ChunkUploader {
  private next = 0;
  private queue: Promise<void> = Promise.resolve();
  private failedCount = 0;

  constructor(
    private readonly send: SendChunk,
    private readonly clock: Clock,
    private readonly onFailed: (sequence: number) => void = () => undefined,
  ) {}

  /** Chunks that could not be uploaded. */
  get failed(): number {
    return this.failedCount;
  }

  /** Queues a chunk (empty ones are skipped, they carry nothing). */
  add(data: Blob): void {
    if (data.size === 0) {
      return;
    }
    const sequence = this.next++;
    this.queue = this.queue.then(() => this.upload(sequence, data));
  }

  /** Resolves once every chunk queued so far was sent (or given up). */
  drain(): Promise<void> {
    return this.queue;
  }

  private async upload(sequence: number, data: Blob): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.send(sequence, data);
        return;
      } catch {
        if (attempt >= RETRY_DELAYS_MS.length) {
          this.failedCount++;
          this.onFailed(sequence);
          return;
        }
        await new Promise<void>((resolve) =>
          this.clock.schedule(RETRY_DELAYS_MS[attempt], resolve),
        );
      }
    }
  }
}
