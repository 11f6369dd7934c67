import { message } from './chat-fixtures';
import { formatSize, lastSeqOf, mergeMessages, newClientId, readMarkerSeq } from './messages';

describe('chat messages', () => {
  it('merges by seq: ordered, each seq once, the held copy kept', () => {
    const held = [message(1), message(3)];

    const merged = mergeMessages(held, [message(4), message(2), message(3, { text: 'changed' })]);

    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(merged[2].text).toBe('message 3');
    expect(mergeMessages(held, [message(1)])).toBe(held);
    expect(lastSeqOf(merged)).toBe(4);
    expect(lastSeqOf([])).toBe(0);
  });

  it('marks as read the last message of the agent side the customer can see', () => {
    const agent = { role: 'AGENT' as const, name: 'Alice' };
    const messages = [
      message(1, { author: agent }),
      message(2),
      message(3, { author: agent }),
      message(4, { author: agent, kind: 'NOTE', visibility: 'AGENTS' }),
      message(5, { author: { role: 'EXPERT', name: 'Bo' }, visibility: 'AGENTS' }),
      message(6, { author: agent }),
    ];

    expect(readMarkerSeq(messages, 0)).toBeNull();
    expect(readMarkerSeq(messages, 2)).toBe(1);
    expect(readMarkerSeq(messages, 5)).toBe(3);
    expect(readMarkerSeq(messages, 6)).toBe(6);
  });

  it('writes sizes for people', () => {
    expect(formatSize(80)).toBe('80 B');
    expect(formatSize(52_311)).toBe('51 KB');
    expect(formatSize(5_242_880)).toBe('5.0 MB');
  });

  it('makes version 4 UUIDs, also without crypto.randomUUID', () => {
    const fallback = {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array),
    } as unknown as Crypto;
    const ids = [newClientId(), newClientId(fallback), newClientId(fallback)];

    ids.forEach((id) =>
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    );
    expect(new Set(ids).size).toBe(3);
  });
});
