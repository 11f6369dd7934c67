import { ChatMessage } from './chat-message';
import { ChatStore, STORED_MESSAGES_MAX, storageKey } from './chat-store';

describe('ChatStore', () => {
  afterEach(() => localStorage.clear());

  const message = (seq: number): ChatMessage => ({
    seq,
    clientId: null,
    side: 'agent',
    role: 'AGENT',
    authorName: 'Alice Agent',
    text: `message ${seq}`,
    at: null,
    attachments: [],
    delivery: null,
    error: null,
  });

  it('keys the chat by server base and entry point', () => {
    expect(storageKey('https://parley.example', 'support')).toBe(
      'parley:https://parley.example:support',
    );
  });

  it('keeps the chat in localStorage across instances (a reload)', () => {
    const key = storageKey('https://parley.example', 'support');
    new ChatStore(localStorage, key).save({
      token: 't-1',
      lastSeq: 7,
      conversationId: 'c-1',
      inChat: true,
      messages: [message(7)],
    });

    expect(new ChatStore(localStorage, key).load()).toEqual({
      token: 't-1',
      lastSeq: 7,
      conversationId: 'c-1',
      inChat: true,
      messages: [message(7)],
    });
    expect(
      new ChatStore(localStorage, storageKey('https://other.example', 'support')).load().token,
    ).toBeNull();
  });

  it('keeps only the newest messages', () => {
    const store = new ChatStore(localStorage, 'k');
    const messages = Array.from({ length: STORED_MESSAGES_MAX + 5 }, (_, i) => message(i + 1));

    store.save({
      token: 't',
      lastSeq: messages.length,
      conversationId: 'c',
      inChat: true,
      messages,
    });

    const loaded = store.load().messages;
    expect(loaded).toHaveLength(STORED_MESSAGES_MAX);
    expect(loaded[0].seq).toBe(6);
  });

  it('starts empty from missing, broken or throwing storage', () => {
    const empty = { token: null, lastSeq: 0, conversationId: null, inChat: false, messages: [] };
    expect(new ChatStore(null, 'k').load()).toEqual(empty);

    localStorage.setItem('k', '{broken');
    expect(new ChatStore(localStorage, 'k').load()).toEqual(empty);

    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const store = new ChatStore(throwing, 'k');
    expect(() => store.save(empty)).not.toThrow();
    expect(store.load()).toEqual(empty);
  });
});
