import { newClientId } from './client-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('client ids', () => {
  it('come from crypto.randomUUID where there is one', () => {
    expect(newClientId({ randomUUID: () => '11111111-2222-4333-8444-555555555555' })).toBe(
      '11111111-2222-4333-8444-555555555555',
    );
  });

  it('are version-4 UUIDs from getRandomValues without randomUUID (plain http pages)', () => {
    const id = newClientId({
      getRandomValues: (array) => globalThis.crypto.getRandomValues(array),
    });

    expect(id).toMatch(UUID_V4);
  });

  it('are still UUIDs without any crypto', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newClientId(null)));

    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
    }
  });
});
