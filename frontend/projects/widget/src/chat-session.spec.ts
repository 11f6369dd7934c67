import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { AGENT_TYPING_TIMEOUT_MS, ChatSession } from './chat-session';
import { ChatStore } from './chat-store';
import { ServerMessage } from './protocol';

const URL = 'wss://parley.example/ws/visitor/support';
const KEY = 'parley:https://parley.example:support';

describe('ChatSession', () => {
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let session: ChatSession;
  let changes: number;

  function newSession(): ChatSession {
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    let ids = 0;
    return new ChatSession({
      url: URL,
      factory: fake.factory,
      clock,
      store: new ChatStore(localStorage, KEY),
      newId: () => `client-${++ids}`,
      onChange: () => changes++,
    });
  }

  beforeEach(() => {
    clock = new FakeClock();
    changes = 0;
    session = newSession();
  });

  afterEach(() => {
    session.disconnect();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  const socket = () => sockets[sockets.length - 1];
  /** Frames the newest socket sent, parsed, pings left out. */
  const sent = (on = socket()) =>
    on.sent.map((data) => JSON.parse(data)).filter((frame) => frame.type !== 'ping');
  const state = () => session.state;

  function agentMessage(seq: number, text = `agent ${seq}`): ServerMessage {
    return {
      seq,
      author: { role: 'AGENT', name: 'Alice Agent' },
      kind: 'TEXT',
      visibility: 'ALL',
      text,
      at: '2026-12-04T19:30:00Z',
      clientId: 'agent-side',
    };
  }

  function receive(seq: number, text?: string): void {
    socket().serverSends({
      type: 'message',
      conversationId: 'c-1',
      message: agentMessage(seq, text),
    });
  }

  /** Connects and plays the server's side up to an active chat with Alice. */
  function activeChat(): void {
    session.connect();
    socket().serverOpens();
    socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
    session.start('billing', 'Ann', 'ann@example.com');
    socket().serverSends({ type: 'status', status: 'QUEUED' });
    socket().serverSends({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
    socket().serverSends({
      type: 'message',
      conversationId: 'c-1',
      message: {
        seq: 1,
        author: { role: 'SYSTEM' },
        kind: 'EVENT',
        text: 'Alice Agent joined',
        at: '2026-12-04T19:30:00Z',
        clientId: null,
      },
    });
  }

  describe('connecting', () => {
    it('opens nothing until asked', () => {
      expect(sockets).toHaveLength(0);
      expect(state().connection).toBe('idle');
      expect(state().phase).toBe('NEW');
    });

    it('says hello with no token and seq 0 the first time', () => {
      session.connect();
      socket().serverOpens();

      expect(socket().url).toBe(URL);
      expect(sent()).toEqual([{ type: 'hello', token: null, lastSeq: 0 }]);
      expect(state().connection).toBe('open');
    });

    it('stores the token of welcome and says hello with it after a reconnect', () => {
      session.connect();
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });

      socket().serverCloses(1006);
      clock.advance(2_000);
      socket().serverOpens();

      expect(sockets).toHaveLength(2);
      expect(sent()).toEqual([{ type: 'hello', token: 't-1', lastSeq: 0 }]);
    });

    it('gives up for good when the server refuses the page origin (1008)', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      session.connect();

      socket().serverCloses(1008, 'origin not allowed');
      clock.advance(120_000);
      session.connect();

      expect(sockets).toHaveLength(1);
      expect(state().refused).toContain('origin not allowed');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Parley widget'));
    });
  });

  describe('starting a chat', () => {
    it('sends start after welcome and follows the statuses and queue places', () => {
      session.start('tech-en', 'Ann', 'ann@example.com');
      expect(state().phase).toBe('STARTING');
      socket().serverOpens();
      expect(sent()).toEqual([{ type: 'hello', token: null, lastSeq: 0 }]);

      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
      socket().serverSends({ type: 'status', status: 'QUEUED' });
      socket().serverSends({ type: 'queue', position: 3, estimatedWaitSeconds: 120 });

      expect(sent()[1]).toEqual({
        type: 'start',
        option: 'tech-en',
        name: 'Ann',
        email: 'ann@example.com',
      });
      expect(state().phase).toBe('QUEUED');
      expect(state().queue).toEqual({ position: 3, estimatedWaitSeconds: 120 });

      socket().serverSends({ type: 'queue', position: 1, estimatedWaitSeconds: null });
      expect(state().queue).toEqual({ position: 1, estimatedWaitSeconds: null });

      socket().serverSends({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
      expect(state().phase).toBe('ACTIVE');
      expect(state().agentName).toBe('Alice Agent');
      expect(state().queue).toBeNull();
      expect(changes).toBeGreaterThan(0);
    });

    it('starts a call with its channel, and passes every frame on to the call', () => {
      const frames: string[] = [];
      session = new ChatSession({
        url: URL,
        factory: (url) => {
          const made = fakeWebSocketFactory();
          sockets = made.sockets;
          return made.factory(url);
        },
        clock,
        store: new ChatStore(localStorage, KEY),
        onChange: () => undefined,
        onFrame: (frame) => frames.push(frame.type),
      });
      session.start('billing', null, null, 'VIDEO');
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
      socket().serverSends({ type: 'status', status: 'QUEUED' });
      socket().serverSends({ type: 'callPeers', peers: [] });

      expect(session.sendFrame({ type: 'callJoin', video: true })).toBe(true);
      expect(sent().slice(1)).toEqual([
        { type: 'start', option: 'billing', name: null, email: null, channel: 'VIDEO' },
        { type: 'callJoin', video: true },
      ]);
      expect(frames).toEqual(['welcome', 'status', 'callPeers']);
    });

    it('sends start again when the connection dropped before the server took it', () => {
      session.connect();
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
      session.start(null, null, null);
      socket().serverCloses(1006);
      clock.advance(2_000);

      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });

      expect(sent()).toEqual([
        { type: 'hello', token: 't-1', lastSeq: 0 },
        { type: 'start', option: null, name: null, email: null },
      ]);
    });

    it('goes back to the start when the server refuses the chat', () => {
      session.connect();
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
      session.start(null, null, null);

      socket().serverSends({ type: 'error', code: 'BUSY', message: 'All lines are busy.' });

      expect(state().phase).toBe('NEW');
      expect(state().notice).toBe('All lines are busy.');
    });

    it('shows OFFLINE with its text, then MESSAGE_LEFT after leaving a message', () => {
      session.connect();
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-1', conversation: null });
      session.start(null, null, null);
      socket().serverSends({ type: 'status', status: 'OFFLINE', text: 'We are closed.' });
      expect(state().phase).toBe('OFFLINE');
      expect(state().statusText).toBe('We are closed.');

      session.leaveMessage('Ann', 'ann@example.com', 'Call me back');
      socket().serverSends({ type: 'status', status: 'MESSAGE_LEFT' });

      expect(sent().at(-1)).toEqual({
        type: 'leaveMessage',
        name: 'Ann',
        email: 'ann@example.com',
        text: 'Call me back',
      });
      expect(state().phase).toBe('MESSAGE_LEFT');
    });
  });

  describe('receiving messages', () => {
    beforeEach(() => activeChat());

    it('shows each message once, in seq order, and keeps the highest seq', () => {
      receive(3);
      receive(3);
      receive(2); // lower than one already seen: dropped
      receive(5); // a gap (an internal note) is fine

      expect(state().messages.map((message) => [message.seq, message.side])).toEqual([
        [1, 'system'],
        [3, 'agent'],
        [5, 'agent'],
      ]);
      expect(state().conversationId).toBe('c-1');
    });

    it('never shows internal notes even if one slips through', () => {
      socket().serverSends({
        type: 'message',
        conversationId: 'c-1',
        message: { ...agentMessage(4), kind: 'NOTE', visibility: 'AGENTS' },
      });

      expect(state().messages).toHaveLength(1);
    });

    it('resumes after the last seq on reconnect', () => {
      receive(4);
      socket().serverCloses(1006);
      clock.advance(2_000);
      socket().serverOpens();

      expect(sent()).toEqual([{ type: 'hello', token: 't-1', lastSeq: 4 }]);
    });

    it('shows and clears the agent typing', () => {
      socket().serverSends({ type: 'typing', name: 'Alice Agent', active: true });
      expect(state().agentTyping).toBe('Alice Agent');

      socket().serverSends({ type: 'typing', name: 'Alice Agent', active: false });
      expect(state().agentTyping).toBeNull();

      socket().serverSends({ type: 'typing', name: 'Alice Agent', active: true });
      receive(2);
      expect(state().agentTyping).toBeNull();

      socket().serverSends({ type: 'typing', name: 'Alice Agent', active: true });
      clock.advance(AGENT_TYPING_TIMEOUT_MS);
      expect(state().agentTyping).toBeNull();
    });

    it('tells the server what the visitor has read, once per new seq', () => {
      receive(2);
      session.markRead();
      session.markRead();

      expect(sent().filter((frame) => frame.type === 'read')).toEqual([{ type: 'read', seq: 2 }]);
    });
  });

  describe('sending messages', () => {
    beforeEach(() => activeChat());

    it('shows a message as pending until its ack, then follows delivered and read', () => {
      const clientId = session.send('Hello');
      expect(sent().at(-1)).toEqual({ type: 'message', clientId, text: 'Hello', attachments: [] });
      expect(state().messages.at(-1)).toMatchObject({
        delivery: 'pending',
        seq: null,
        side: 'customer',
      });

      socket().serverSends({ type: 'ack', clientId, seq: 2, at: '2026-12-04T19:31:00Z' });
      expect(state().messages.at(-1)).toMatchObject({ delivery: 'sent', seq: 2 });

      socket().serverSends({ type: 'delivered', seq: 2 });
      expect(state().messages.at(-1)?.delivery).toBe('delivered');
      socket().serverSends({ type: 'read', seq: 2 });
      expect(state().messages.at(-1)?.delivery).toBe('read');
      socket().serverSends({ type: 'delivered', seq: 2 });
      expect(state().messages.at(-1)?.delivery).toBe('read');
    });

    it('sends a message again with the same clientId when the socket reconnects before its ack', () => {
      const clientId = session.send('Hello');
      socket().serverCloses(1006);
      clock.advance(2_000);
      socket().serverOpens();
      expect(sent()).toEqual([{ type: 'hello', token: 't-1', lastSeq: 1 }]);

      socket().serverSends({
        type: 'welcome',
        token: 't-1',
        conversation: { id: 'c-1', status: 'ACTIVE', agentName: 'Alice Agent' },
      });

      expect(sent().at(-1)).toEqual({ type: 'message', clientId, text: 'Hello', attachments: [] });
    });

    it('sends a message typed while disconnected once the server welcomes it', () => {
      socket().serverCloses(1006);
      const clientId = session.send('Are you there?');
      clock.advance(2_000);
      socket().serverOpens();
      socket().serverSends({
        type: 'welcome',
        token: 't-1',
        conversation: { id: 'c-1', status: 'ACTIVE' },
      });

      expect(sent().map((frame) => frame.clientId ?? frame.type)).toEqual(['hello', clientId]);
    });

    it('does not show its own message twice when the server sends it back', () => {
      const clientId = session.send('Hello');
      socket().serverSends({ type: 'ack', clientId, seq: 2, at: '2026-12-04T19:31:00Z' });
      socket().serverSends({
        type: 'message',
        conversationId: 'c-1',
        message: {
          ...agentMessage(2, 'Hello'),
          author: { role: 'CUSTOMER', name: 'Ann' },
          clientId,
        },
      });

      expect(state().messages.filter((message) => message.clientId === clientId)).toHaveLength(1);
      expect(state().messages.at(-1)).toMatchObject({ side: 'customer', delivery: 'sent' });
    });

    it('marks a refused message as failed with the reason, and retries it with its clientId', () => {
      const clientId = session.send('spam');
      socket().serverSends({
        type: 'error',
        code: 'RATE_LIMITED',
        message: 'Slow down.',
        clientId,
      });

      expect(state().messages.at(-1)).toMatchObject({ delivery: 'failed', error: 'Slow down.' });
      socket().serverCloses(1006);
      clock.advance(2_000);
      socket().serverOpens();
      socket().serverSends({
        type: 'welcome',
        token: 't-1',
        conversation: { id: 'c-1', status: 'ACTIVE' },
      });
      expect(sent().filter((frame) => frame.type === 'message')).toEqual([]);

      session.retry(clientId);

      expect(state().messages.at(-1)).toMatchObject({ delivery: 'pending', error: null });
      expect(sent().at(-1)).toMatchObject({ type: 'message', clientId });
    });

    it('shows a refusal about no message as a notice', () => {
      socket().serverSends({ type: 'error', code: 'NOT_ALLOWED', message: 'Not now.' });

      expect(state().notice).toBe('Not now.');
    });

    it('sends attachment ids with the message', () => {
      session.send('', [{ id: 'a-1', name: 'photo.png', type: 'image/png', size: 10 }]);

      expect(sent().at(-1)).toMatchObject({ type: 'message', text: '', attachments: ['a-1'] });
      expect(state().messages.at(-1)?.attachments[0].name).toBe('photo.png');
    });

    it('passes typing on only while connected', () => {
      session.typing(true);
      socket().serverCloses(1006);
      session.typing(false);

      expect(sent().filter((frame) => frame.type === 'typing')).toEqual([
        { type: 'typing', active: true },
      ]);
    });
  });

  describe('after the end', () => {
    beforeEach(() => activeChat());

    it('ends, rates and asks for the transcript', () => {
      session.end();
      socket().serverSends({ type: 'status', status: 'ENDED' });
      session.rate(5, 'Great');
      session.requestTranscript('ann@example.com');

      expect(state().phase).toBe('ENDED');
      expect(state().rated).toBe(true);
      expect(state().transcriptEmail).toBe('ann@example.com');
      expect(sent().slice(-3)).toEqual([
        { type: 'end' },
        { type: 'rate', score: 5, comment: 'Great' },
        { type: 'transcript', email: 'ann@example.com' },
      ]);
    });

    it('leaves an empty comment out of the rating', () => {
      session.rate(3, '');

      expect(sent().at(-1)).toEqual({ type: 'rate', score: 3 });
    });

    it('starts over with an empty chat', () => {
      socket().serverSends({ type: 'status', status: 'ENDED' });

      session.startOver();

      expect(state().phase).toBe('NEW');
      expect(state().messages).toEqual([]);
      expect(new ChatStore(localStorage, KEY).load()).toMatchObject({ inChat: false, lastSeq: 0 });
    });

    it('starts a new conversation from seq 0', () => {
      receive(6);
      socket().serverSends({ type: 'status', status: 'ENDED' });
      session.startOver();

      session.start(null, null, null);
      socket().serverSends({ type: 'status', status: 'QUEUED' });
      socket().serverSends({
        type: 'message',
        conversationId: 'c-2',
        message: agentMessage(1, 'first of the new chat'),
      });

      expect(state().messages.map((message) => message.text)).toEqual(['first of the new chat']);
      expect(state().conversationId).toBe('c-2');
    });
  });

  describe('a reload', () => {
    it('continues the conversation from storage: messages, token and last seq', () => {
      activeChat();
      receive(2, 'How can I help?');
      const pending = session.send('My invoice');
      session.disconnect();

      session = newSession();
      expect(session.resumable).toBe(true);
      expect(state().phase).toBe('RESUMING');
      expect(state().messages.map((message) => message.text)).toEqual([
        'Alice Agent joined',
        'How can I help?',
        'My invoice',
      ]);

      session.connect();
      socket().serverOpens();
      expect(sent()).toEqual([{ type: 'hello', token: 't-1', lastSeq: 2 }]);
      socket().serverSends({
        type: 'welcome',
        token: 't-1',
        conversation: { id: 'c-1', status: 'ACTIVE', agentName: 'Alice Agent' },
      });
      receive(3, 'Still there?');

      expect(state().phase).toBe('ACTIVE');
      expect(sent().at(-1)).toMatchObject({ type: 'message', clientId: pending });
      expect(state().messages.map((message) => message.text)).toEqual([
        'Alice Agent joined',
        'How can I help?',
        'Still there?',
        'My invoice',
      ]);
    });

    it('starts afresh when the stored conversation is over', () => {
      activeChat();
      receive(2);
      session.disconnect();
      session = newSession();

      session.connect();
      socket().serverOpens();
      socket().serverSends({ type: 'welcome', token: 't-2', conversation: null });

      expect(state().phase).toBe('NEW');
      expect(state().messages).toEqual([]);
      expect(new ChatStore(localStorage, KEY).load()).toMatchObject({
        token: 't-2',
        lastSeq: 0,
        inChat: false,
      });
    });

    it('is not resumable without a stored chat', () => {
      expect(session.resumable).toBe(false);
    });
  });
});
