import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Frame } from '@parley/shared';
import { FakeClock } from '@parley/shared/testing';
import { ChatMessage } from '../../chat/chat-api';
import { INFO, chatContact, message } from '../../chat/chat-fixtures';
import { CLOCK } from '../../core/time/clock';
import { ActiveContact, AgentState } from '../agent-api';
import { AgentDesk, DeskListener } from '../agent-desk';
import { Chime } from '../notices/chime';
import { PageVisibility } from '../notices/page-visibility';
import { TYPING_EXPIRES_MS } from './conversation-entry';
import { Conversation, ConversationStore } from './conversation-store';

describe('ConversationStore', () => {
  let http: HttpTestingController;
  let clock: FakeClock;
  let state: ReturnType<typeof signal<AgentState | null>>;
  let listeners: DeskListener[];
  let sent: Frame[];
  let chimes: number;
  let visible: ReturnType<typeof signal<boolean>>;
  let store: ConversationStore;

  function withChats(...contacts: ActiveContact[]): AgentState {
    return { presence: 'AVAILABLE', breakReason: null, offers: [], contacts };
  }

  beforeEach(() => {
    clock = new FakeClock('2026-12-04T19:30:00Z');
    state = signal<AgentState | null>(null);
    listeners = [];
    sent = [];
    chimes = 0;
    visible = signal(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ConversationStore,
        { provide: CLOCK, useValue: clock },
        {
          provide: AgentDesk,
          useValue: {
            state,
            listen: (listener: DeskListener) => listeners.push(listener),
            send: (frame: Frame) => sent.push(frame) > 0,
          },
        },
        { provide: Chime, useValue: { play: () => chimes++ } },
        { provide: PageVisibility, useValue: { visible } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ConversationStore);
  });

  afterEach(() => {
    // Reads are posted whenever customer messages are in view; the tests about them check them.
    http.match((request) => request.url.endsWith('/read'));
    http.verify();
  });

  /** Lets answered requests and effects run. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  function frame(frame: Frame): void {
    listeners.forEach((listener) => listener.frame?.(frame));
  }

  function messagesRead(id: string, after: number) {
    return http.expectOne(`/api/agent/conversations/${id}/messages?after=${after}`);
  }

  /** Follows the chats, answering each first read with `messages` and the info read with INFO. */
  async function follow(
    contacts: ActiveContact[],
    messages: Record<string, ChatMessage[]> = {},
  ): Promise<void> {
    state.set(withChats(...contacts));
    TestBed.tick();
    for (const contact of contacts.filter((c) => c.channel === 'CHAT' && c.conversationId)) {
      const id = contact.conversationId as string;
      messagesRead(id, 0).flush(messages[id] ?? []);
      http.expectOne(`/api/agent/conversations/${id}`).flush({ ...INFO, id });
    }
    await settle();
  }

  function conversation(id: string): Conversation {
    const found = store.conversation(id);
    if (!found) {
      throw new Error(`not following ${id}`);
    }
    return found;
  }

  function seqs(id: string): number[] {
    return conversation(id)
      .messages()
      .map((m) => m.seq);
  }

  it('follows exactly the chat contacts that carry a conversation, selecting the first', async () => {
    await follow(
      [
        chatContact('c-1'),
        chatContact('c-2'),
        chatContact('v-1', { channel: 'VOICE', conversationId: null }),
      ],
      { 'c-1': [message(1), message(2)] },
    );

    expect(store.chats().map((c) => c.contactId)).toEqual(['c-1', 'c-2']);
    expect(store.selected()).toBe('c-1');
    expect(seqs('c-1')).toEqual([1, 2]);
    expect(conversation('c-1').info()?.visitor.name).toBe('Jane Doe');
    expect(store.conversation('v-1')).toBeNull();

    state.set(withChats(chatContact('c-2')));
    TestBed.tick();
    expect(store.conversation('c-1')).toBeNull();
    expect(store.selected()).toBe('c-2');
  });

  it('appends message frames in seq order and drops a seq it already holds', async () => {
    await follow([chatContact('c-1')], { 'c-1': [message(1)] });

    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(2) });
    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(2, { text: 'again' }) });
    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(1) });

    expect(seqs('c-1')).toEqual([1, 2]);
    expect(conversation('c-1').messages()[1].text).toBe('message 2');
    frame({ type: 'chatMessage', conversationId: 'other', message: message(9) });
    frame({ type: 'chatMessage', conversationId: 'c-1', message: { text: 'no seq' } });
    expect(seqs('c-1')).toEqual([1, 2]);
  });

  it('reads what was missed when a frame skips seqs', async () => {
    await follow([chatContact('c-1')], { 'c-1': [message(1)] });

    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(4) });
    expect(seqs('c-1')).toEqual([1, 4]);
    messagesRead('c-1', 1).flush([message(2), message(3), message(4)]);
    await settle();

    expect(seqs('c-1')).toEqual([1, 2, 3, 4]);
  });

  it('reads the messages after the highest seq on every reconnect and when a tab is opened', async () => {
    await follow([chatContact('c-1'), chatContact('c-2')], {
      'c-1': [message(1), message(2)],
      'c-2': [message(1)],
    });

    listeners.forEach((listener) => listener.open?.());
    messagesRead('c-1', 2).flush([message(3)]);
    messagesRead('c-2', 1).flush([]);
    await settle();
    expect(seqs('c-1')).toEqual([1, 2, 3]);

    store.select('c-2');
    messagesRead('c-2', 1).flush([message(2)]);
    await settle();
    expect(store.selected()).toBe('c-2');
    expect(seqs('c-2')).toEqual([1, 2]);
  });

  it('asks again after a read that is still running, from the lowest seq asked for', async () => {
    await follow([chatContact('c-1')], { 'c-1': [message(1)] });

    store.select('c-1');
    const first = messagesRead('c-1', 1);
    store.select('c-1');
    http.expectNone('/api/agent/conversations/c-1/messages?after=1');
    first.flush([message(2)]);
    await settle();

    messagesRead('c-1', 1).flush([message(2)]);
    await settle();
    expect(seqs('c-1')).toEqual([1, 2]);
  });

  it('counts customer messages out of view as unread and chimes for them', async () => {
    await follow([chatContact('c-1'), chatContact('c-2')], {
      'c-1': [message(1)],
      'c-2': [message(1), message(2, { author: { role: 'AGENT', name: 'Alice' } })],
    });
    // c-1 is in view: read at once. c-2's first customer message waits.
    http.expectOne('/api/agent/conversations/c-1/read').flush(null);
    expect(conversation('c-1').unread()).toBe(0);
    expect(conversation('c-2').unread()).toBe(1);
    expect(store.totalUnread()).toBe(1);
    expect(chimes).toBe(0);

    frame({ type: 'chatMessage', conversationId: 'c-2', message: message(3) });
    frame({
      type: 'chatMessage',
      conversationId: 'c-2',
      message: message(4, { kind: 'NOTE', author: { role: 'AGENT', name: 'Bob' } }),
    });
    expect(conversation('c-2').unread()).toBe(2);
    expect(chimes).toBe(1);

    store.select('c-2');
    messagesRead('c-2', 4).flush([]);
    TestBed.tick();
    const read = http.expectOne('/api/agent/conversations/c-2/read');
    expect(read.request.method).toBe('POST');
    expect(read.request.body).toEqual({ seq: 4 });
    read.flush(null);
    await settle();
    expect(conversation('c-2').unread()).toBe(0);
    expect(store.totalUnread()).toBe(0);
  });

  it('treats the selected tab as out of view while the page is hidden', async () => {
    await follow([chatContact('c-1')], { 'c-1': [] });
    visible.set(false);
    TestBed.tick();

    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(1) });
    TestBed.tick();
    expect(conversation('c-1').unread()).toBe(1);
    expect(chimes).toBe(1);
    http.expectNone('/api/agent/conversations/c-1/read');

    visible.set(true);
    TestBed.tick();
    expect(http.expectOne('/api/agent/conversations/c-1/read').request.body).toEqual({ seq: 1 });
    expect(conversation('c-1').unread()).toBe(0);
  });

  it('does not post read again for messages of its own side', async () => {
    await follow([chatContact('c-1')], { 'c-1': [message(1)] });
    http.expectOne('/api/agent/conversations/c-1/read').flush(null);

    frame({
      type: 'chatMessage',
      conversationId: 'c-1',
      message: message(2, { author: { role: 'AGENT', name: 'Alice' } }),
    });
    TestBed.tick();

    http.expectNone('/api/agent/conversations/c-1/read');
    expect(chimes).toBe(0);
  });

  it('sends a message with a fresh clientId and shows it pending until stored', async () => {
    await follow([chatContact('c-1')]);

    store.send('c-1', 'NOTE', 'Check the invoice');
    const post = http.expectOne('/api/agent/conversations/c-1/messages');
    expect(post.request.method).toBe('POST');
    const body = post.request.body as { clientId: string };
    expect(body).toEqual({
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'NOTE',
      text: 'Check the invoice',
      attachments: [],
    });
    expect(
      conversation('c-1')
        .pending()
        .map((p) => p.status),
    ).toEqual(['sending']);

    post.flush(message(1, { kind: 'NOTE', visibility: 'AGENTS', clientId: body.clientId }));
    expect(conversation('c-1').pending()).toEqual([]);
    expect(seqs('c-1')).toEqual([1]);

    store.send('c-1', 'TEXT', 'Hello');
    const second = http.expectOne('/api/agent/conversations/c-1/messages');
    expect((second.request.body as { clientId: string }).clientId).not.toBe(body.clientId);
    second.flush(message(2, { clientId: (second.request.body as { clientId: string }).clientId }));
  });

  it('retries with the same clientId after a network failure, and at once on reconnect', async () => {
    await follow([chatContact('c-1')]);

    store.send('c-1', 'TEXT', 'Hello');
    const first = http.expectOne('/api/agent/conversations/c-1/messages');
    const clientId = (first.request.body as { clientId: string }).clientId;
    first.error(new ProgressEvent('error'));
    expect(conversation('c-1').pending()[0].status).toBe('retrying');

    clock.advance(1_000);
    const second = http.expectOne('/api/agent/conversations/c-1/messages');
    expect((second.request.body as { clientId: string }).clientId).toBe(clientId);
    second.flush({ error: 'busy' }, { status: 503, statusText: 'Service Unavailable' });

    listeners.forEach((listener) => listener.open?.());
    messagesRead('c-1', 0).flush([]);
    const third = http.expectOne('/api/agent/conversations/c-1/messages');
    expect((third.request.body as { clientId: string }).clientId).toBe(clientId);
    third.flush(message(1, { author: { role: 'AGENT', name: 'Alice' }, clientId }));

    expect(seqs('c-1')).toEqual([1]);
    expect(conversation('c-1').pending()).toEqual([]);
    clock.advance(60_000);
    http.expectNone('/api/agent/conversations/c-1/messages');
  });

  it('keeps a refused message as failed until retried or discarded', async () => {
    await follow([chatContact('c-1')]);

    store.send('c-1', 'TEXT', 'x'.repeat(5000));
    http
      .expectOne('/api/agent/conversations/c-1/messages')
      .flush({ error: 'The message is too long' }, { status: 400, statusText: 'Bad Request' });
    expect(conversation('c-1').pending()[0]).toEqual(
      expect.objectContaining({ status: 'failed', error: 'The message is too long' }),
    );
    clock.advance(60_000);
    http.expectNone('/api/agent/conversations/c-1/messages');

    const clientId = conversation('c-1').pending()[0].clientId;
    store.retry('c-1', clientId);
    const again = http.expectOne('/api/agent/conversations/c-1/messages');
    expect((again.request.body as { clientId: string }).clientId).toBe(clientId);
    again.flush({ error: 'The message is too long' }, { status: 400, statusText: 'Bad Request' });

    store.discard('c-1', clientId);
    expect(conversation('c-1').pending()).toEqual([]);
  });

  it('takes its own message from a frame that overtakes the answer, without doubling it', async () => {
    await follow([chatContact('c-1')]);

    store.send('c-1', 'TEXT', 'Hello');
    const post = http.expectOne('/api/agent/conversations/c-1/messages');
    const clientId = (post.request.body as { clientId: string }).clientId;
    const stored = message(1, { author: { role: 'AGENT', name: 'Alice' }, clientId });
    frame({ type: 'chatMessage', conversationId: 'c-1', message: stored });
    expect(conversation('c-1').pending()).toEqual([]);

    post.flush(stored);
    expect(seqs('c-1')).toEqual([1]);
  });

  it('uploads a file, then sends a message carrying its id', async () => {
    await follow([chatContact('c-1')]);
    const file = new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });

    store.sendFile('c-1', file, 'Here it is');
    expect(conversation('c-1').pending()[0]).toEqual(
      expect.objectContaining({ status: 'uploading', fileName: 'invoice.pdf' }),
    );
    const upload = http.expectOne('/api/agent/conversations/c-1/attachments?name=invoice.pdf');
    expect(upload.request.method).toBe('POST');
    expect(upload.request.body).toBe(file);
    upload.flush({ id: 'a-1', name: 'invoice.pdf', type: 'application/pdf', size: 4 });
    await settle();

    const post = http.expectOne('/api/agent/conversations/c-1/messages');
    expect(post.request.body).toEqual(
      expect.objectContaining({ kind: 'TEXT', text: 'Here it is', attachments: ['a-1'] }),
    );
    post.flush(message(1, { clientId: (post.request.body as { clientId: string }).clientId }));
    expect(conversation('c-1').pending()).toEqual([]);
  });

  it('says why an upload was refused', async () => {
    await follow([chatContact('c-1')]);

    store.sendFile('c-1', new File(['x'], 'run.exe'), '');
    http
      .expectOne('/api/agent/conversations/c-1/attachments?name=run.exe')
      .flush({ error: 'unsupported' }, { status: 415, statusText: 'Unsupported Media Type' });
    await settle();

    expect(conversation('c-1').pending()[0]).toEqual(
      expect.objectContaining({ status: 'failed', error: 'this type of file cannot be sent.' }),
    );
  });

  it('shows who is typing until they stop, a message arrives or it expires', async () => {
    await follow([chatContact('c-1')]);
    const typing = conversation('c-1').typing;

    frame({ type: 'chatTyping', conversationId: 'c-1', name: 'Jane', active: true });
    expect(typing()).toBe('Jane');
    frame({ type: 'chatTyping', conversationId: 'c-1', name: 'Jane', active: false });
    expect(typing()).toBeNull();

    frame({ type: 'chatTyping', conversationId: 'c-1', name: null, active: true });
    expect(typing()).toBe('');
    frame({ type: 'chatMessage', conversationId: 'c-1', message: message(1) });
    expect(typing()).toBeNull();

    frame({ type: 'chatTyping', conversationId: 'c-1', name: 'Jane', active: true });
    clock.advance(TYPING_EXPIRES_MS);
    expect(typing()).toBeNull();
  });

  it("keeps the highest seq the customer has read of the agents' messages", async () => {
    await follow([chatContact('c-1')]);

    frame({ type: 'chatRead', conversationId: 'c-1', seq: 5 });
    frame({ type: 'chatRead', conversationId: 'c-1', seq: 3 });

    expect(conversation('c-1').readByCustomer()).toBe(5);
  });

  it('sends typing frames over the agent socket', () => {
    store.typing('c-1', true);

    expect(sent).toEqual([{ type: 'typing', conversationId: 'c-1', active: true }]);
  });
});
