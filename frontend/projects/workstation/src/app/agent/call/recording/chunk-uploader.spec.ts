import { FakeClock } from '@parley/shared/testing';
import { ChunkUploader, RETRY_DELAYS_MS } from './chunk-uploader';

describe('ChunkUploader', () => {
  const blob = (text: string) => new Blob([text]);

  async function flush(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await Promise.resolve();
    }
  }

  it('sends chunks one after another, numbered from 0, skipping empty ones', async () => {
    const sent: number[] = [];
    const uploader = new ChunkUploader(async (sequence) => {
      sent.push(sequence);
    }, new FakeClock('2026-12-05T10:00:00Z'));
    uploader.add(blob('a'));
    uploader.add(new Blob([]));
    uploader.add(blob('b'));
    await uploader.drain();
    expect(sent).toEqual([0, 1]);
    expect(uploader.failed).toBe(0);
  });

  it('retries a failed chunk with backoff before sending the next, then gives up on it', async () => {
    const clock = new FakeClock('2026-12-05T10:00:00Z');
    const tries: number[] = [];
    const gaveUp: number[] = [];
    const uploader = new ChunkUploader(
      async (sequence) => {
        tries.push(sequence);
        if (sequence === 0) {
          throw new Error('offline');
        }
      },
      clock,
      (sequence) => gaveUp.push(sequence),
    );
    uploader.add(blob('a'));
    uploader.add(blob('b'));
    for (const delay of RETRY_DELAYS_MS) {
      await flush();
      expect(tries.every((t) => t === 0)).toBe(true);
      clock.advance(delay);
    }
    await uploader.drain();
    expect(tries).toEqual([0, 0, 0, 0, 0, 1]);
    expect(gaveUp).toEqual([0]);
    expect(uploader.failed).toBe(1);
  });

  it('sends a chunk that failed once when the retry succeeds', async () => {
    const clock = new FakeClock('2026-12-05T10:00:00Z');
    let failures = 1;
    const sent: number[] = [];
    const uploader = new ChunkUploader(async (sequence) => {
      if (failures-- > 0) {
        throw new Error('503');
      }
      sent.push(sequence);
    }, clock);
    uploader.add(blob('a'));
    await flush();
    clock.advance(RETRY_DELAYS_MS[0]);
    await uploader.drain();
    expect(sent).toEqual([0]);
    expect(uploader.failed).toBe(0);
  });
});
