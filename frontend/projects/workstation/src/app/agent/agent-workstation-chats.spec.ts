import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { ChatMessage, Colleague } from '../chat/chat-api';
import { INFO, chatContact, message } from '../chat/chat-fixtures';
import { Session } from '../core/auth/session';
import { WEB_SOCKET_FACTORY } from '../core/realtime/web-socket';
import { CLOCK } from '../core/time/clock';
import { ActiveContact, AgentState, Offer, PastContact } from './agent-api';
import { AgentWorkstation } from './agent-workstation';
import { DIRECTORY_REFRESH_MS } from './chat/colleagues';
import { Chime } from './notices/chime';
import { PageVisibility } from './notices/page-visibility';

const COLLEAGUES: Colleague[] = [
  {
    username: 'alice',
    displayName: 'Alice Agent',
    presence: 'AVAILABLE',
    breakReason: null,
    skills: ['billing'],
  },
  {
    username: 'bob',
    displayName: 'Bob Builder',
    presence: 'BREAK',
    breakReason: 'Lunch',
    skills: ['billing', 'tech'],
  },
  { username: 'cy', displayName: 'Cy Expert', presence: 'OFFLINE', breakReason: null, skills: [] },
];

function agentState(contacts: ActiveContact[], offers: Offer[] = []): AgentState {
  return { presence: 'AVAILABLE', breakReason: null, offers, contacts };
}

/** The workstation with chats: tabs, the conversation, the customer panel and the dialogs. */
describe('AgentWorkstation chats', () => {
  let fixture: ComponentFixture<AgentWorkstation>;
  let http: HttpTestingController;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let chimes: number;

  async function open(state: AgentState, messages: Record<string, ChatMessage[]> = {}) {
    clock = new FakeClock('2026-12-04T19:30:00Z');
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    chimes = 0;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CLOCK, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
        { provide: Chime, useValue: { play: () => chimes++ } },
        { provide: PageVisibility, useValue: { visible: signal(true) } },
        {
          provide: Session,
          useValue: {
            user: signal({ username: 'alice', displayName: 'Alice Agent', roles: ['agent'] }),
          },
        },
      ],
    });
    TestBed.inject(Title).setTitle('Agent workstation · Parley');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgentWorkstation);
    http.expectOne('/api/agent/break-reasons').flush([]);
    (await vi.waitFor(() => http.expectOne('/api/agent/state'))).flush(state);
    await fixture.whenStable();
    http.expectOne('/api/agent/directory').flush(COLLEAGUES);
    for (const contact of state.contacts) {
      const id = contact.conversationId;
      if (contact.channel === 'CHAT' && id) {
        http.expectOne(`/api/agent/conversations/${id}/messages?after=0`).flush(messages[id] ?? []);
        http.expectOne(`/api/agent/conversations/${id}`).flush({ ...INFO, id });
      }
    }
    await settle();
    sockets[0].serverOpens();
    // The socket's opening re-reads the state and the messages after the last seq held.
    http.expectOne('/api/agent/state').flush(state);
    for (const contact of state.contacts) {
      const id = contact.conversationId;
      if (contact.channel === 'CHAT' && id) {
        const last = messages[id]?.at(-1)?.seq ?? 0;
        http.expectOne(`/api/agent/conversations/${id}/messages?after=${last}`).flush([]);
      }
    }
    await settle();
  }

  afterEach(() => {
    // Refreshes of the directory, and reads of what is in view, are checked where they matter.
    http.match('/api/agent/directory');
    http.match((request) => request.url.endsWith('/read'));
    http.verify();
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function find<T extends HTMLElement>(testId: string): T {
    const found = all(testId)[0];
    if (!found) {
      throw new Error(`No element with data-testid="${testId}"`);
    }
    return found as T;
  }

  async function type(testId: string, text: string): Promise<void> {
    const input = find<HTMLTextAreaElement | HTMLInputElement>(testId);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function choose(testId: string, value: string): Promise<void> {
    const select = find<HTMLSelectElement>(testId);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  function seqs(): string[] {
    return all('chat-message').map((m) => m.dataset['seq'] ?? '');
  }

  it('shows a tab per chat and the selected chat beside its customer', async () => {
    await open(
      agentState([
        chatContact('c-1'),
        chatContact('c-2'),
        chatContact('v-1', { channel: 'VOICE', conversationId: null }),
      ]),
      { 'c-1': [message(1, { text: 'Hi, my invoice is wrong' })], 'c-2': [message(1)] },
    );

    expect(all('chat-tab').map((t) => t.dataset['conversationId'])).toEqual(['c-1', 'c-2']);
    expect(all('chat-tab')[0].textContent).toContain('Jane Doe');
    expect(all('chat-tab-unread').map((u) => u.textContent?.trim())).toEqual(['1']);
    expect(all('chat-message')).toHaveLength(1);
    expect(find('chat-text').textContent).toBe('Hi, my invoice is wrong');
    expect(find('visitor-email').textContent?.trim()).toBe('jane@example.com');
    expect(find('entry-point').textContent?.trim()).toBe('support');
    expect(find('entry-option').textContent?.trim()).toBe('billing');
    // The chat's card holds it; the voice contact keeps its own card.
    expect(all('active-contact')).toHaveLength(2);
    expect(document.title).toBe('(1) Agent workstation · Parley');

    all('chat-tab')[1].click();
    http.expectOne('/api/agent/conversations/c-2/messages?after=1').flush([message(2)]);
    await settle();
    const read = http.expectOne('/api/agent/conversations/c-2/read');
    expect(read.request.body).toEqual({ seq: 2 });
    expect(all('chat-tab')[1].getAttribute('aria-selected')).toBe('true');
    expect(seqs()).toEqual(['1', '2']);
    expect(all('chat-tab-unread')).toHaveLength(0);
    expect(document.title).toBe('Agent workstation · Parley');
  });

  it('appends message frames, counts unread in other tabs and chimes for them', async () => {
    await open(agentState([chatContact('c-1'), chatContact('c-2')]));

    sockets[0].serverSends({ type: 'chatMessage', conversationId: 'c-1', message: message(1) });
    sockets[0].serverSends({ type: 'chatMessage', conversationId: 'c-2', message: message(1) });
    sockets[0].serverSends({ type: 'chatMessage', conversationId: 'c-2', message: message(2) });
    await settle();

    expect(seqs()).toEqual(['1']);
    expect(all('chat-tab-unread').map((u) => u.textContent?.trim())).toEqual(['2']);
    // One for each customer message out of view (the chime itself keeps them apart).
    expect(chimes).toBe(2);
    expect(document.title).toBe('(2) Agent workstation · Parley');
  });

  it('sends a message and a note, and shows the customer typing and reading', async () => {
    await open(agentState([chatContact('c-1')]), { 'c-1': [message(1)] });

    await type('chat-input', 'Let me check');
    expect(sockets[0].sent.map((s) => JSON.parse(s))).toContainEqual({
      type: 'typing',
      conversationId: 'c-1',
      active: true,
    });
    find('chat-send').click();
    await fixture.whenStable();
    expect(all('chat-pending')).toHaveLength(1);
    const post = http.expectOne('/api/agent/conversations/c-1/messages');
    const clientId = (post.request.body as { clientId: string }).clientId;
    expect(post.request.body).toEqual({
      clientId,
      kind: 'TEXT',
      text: 'Let me check',
      attachments: [],
    });
    expect(sockets[0].sent.map((s) => JSON.parse(s)).at(-1)).toEqual({
      type: 'typing',
      conversationId: 'c-1',
      active: false,
    });
    post.flush(message(2, { author: { role: 'AGENT', name: 'Alice Agent' }, clientId }));
    await settle();
    expect(all('chat-pending')).toHaveLength(0);
    expect(all('chat-message').map((m) => m.dataset['role'])).toEqual(['CUSTOMER', 'AGENT']);

    find('chat-note-toggle').click();
    await type('chat-input', 'Wants a refund');
    find('chat-send').click();
    const note = http.expectOne('/api/agent/conversations/c-1/messages');
    expect(note.request.body).toEqual(expect.objectContaining({ kind: 'NOTE' }));
    note.flush(
      message(3, {
        author: { role: 'AGENT', name: 'Alice Agent' },
        kind: 'NOTE',
        visibility: 'AGENTS',
        clientId: (note.request.body as { clientId: string }).clientId,
      }),
    );
    await settle();
    expect(all('chat-message').map((m) => m.dataset['kind'])).toEqual(['TEXT', 'TEXT', 'NOTE']);

    sockets[0].serverSends({
      type: 'chatTyping',
      conversationId: 'c-1',
      name: 'Jane',
      active: true,
    });
    sockets[0].serverSends({ type: 'chatRead', conversationId: 'c-1', seq: 2 });
    await settle();
    expect(find('chat-typing').textContent?.trim()).toBe('Customer is typing…');
    expect(find('chat-read').closest('li')?.dataset['seq']).toBe('2');

    sockets[0].serverSends({
      type: 'chatTyping',
      conversationId: 'c-1',
      name: 'Jane',
      active: false,
    });
    await settle();
    expect(all('chat-typing')).toHaveLength(0);
  });

  it('reads what was missed when the socket comes back', async () => {
    await open(agentState([chatContact('c-1')]), { 'c-1': [message(1)] });

    sockets[0].serverCloses(1006);
    clock.advance(1_000);
    sockets[1].serverOpens();
    http.expectOne('/api/agent/state').flush(agentState([chatContact('c-1')]));
    http.expectOne('/api/agent/conversations/c-1/messages?after=1').flush([message(2)]);
    await settle();

    expect(seqs()).toEqual(['1', '2']);
  });

  it('transfers a chat to a queue with a note', async () => {
    await open(agentState([chatContact('c-1')]));

    find('transfer-open').click();
    // The queues are an httpResource, which keeps the page unstable until answered.
    (await vi.waitFor(() => http.expectOne('/api/agent/queues'))).flush([
      { name: 'Billing', channels: ['CHAT', 'EMAIL'] },
      { name: 'Phones', channels: ['VOICE'] },
    ]);
    http.expectOne('/api/agent/directory').flush(COLLEAGUES);
    await settle();
    expect(Array.from(find<HTMLSelectElement>('transfer-queue').options, (o) => o.value)).toEqual([
      '',
      'Billing',
    ]);
    // Colleagues but not the agent, with their presence.
    expect(
      Array.from(find<HTMLSelectElement>('transfer-agent').options, (o) => o.textContent?.trim()),
    ).toEqual(['Choose a colleague…', 'Bob Builder — On break', 'Cy Expert — Offline']);
    expect(find<HTMLButtonElement>('transfer-submit').disabled).toBe(true);

    await choose('transfer-queue', 'Billing');
    await type('transfer-note', 'Wants a refund');
    find('transfer-submit').click();
    const transfer = http.expectOne('/api/agent/contacts/c-1/transfer');
    expect(transfer.request.method).toBe('POST');
    expect(transfer.request.body).toEqual({ queue: 'Billing', note: 'Wants a refund' });
    transfer.flush(agentState([]));
    await settle();

    expect(all('chat-tab')).toHaveLength(0);
    expect(all('transfer-dialog')).toHaveLength(0);
  });

  it('transfers to a colleague', async () => {
    await open(agentState([chatContact('c-1')]));

    find('transfer-open').click();
    (await vi.waitFor(() => http.expectOne('/api/agent/queues'))).flush([]);
    http.expectOne('/api/agent/directory').flush(COLLEAGUES);
    await settle();
    await choose('transfer-agent', 'bob');
    find('transfer-submit').click();

    const transfer = http.expectOne('/api/agent/contacts/c-1/transfer');
    expect(transfer.request.body).toEqual({ agent: 'bob', note: '' });
    transfer.flush(agentState([]));
    await settle();
  });

  it('pulls in an expert by skill, privately, with a note', async () => {
    await open(agentState([chatContact('c-1')]));

    find('consult-open').click();
    await fixture.whenStable();
    http.expectOne('/api/agent/directory').flush(COLLEAGUES);
    await settle();
    expect(Array.from(find<HTMLSelectElement>('consult-skill').options, (o) => o.value)).toEqual([
      '',
      'billing',
      'tech',
    ]);

    await choose('consult-skill', 'tech');
    find('consult-private').click();
    await type('consult-note', 'Router keeps rebooting');
    find('consult-submit').click();
    const consult = http.expectOne('/api/agent/contacts/c-1/consult');
    expect(consult.request.body).toEqual({
      skill: 'tech',
      privately: true,
      note: 'Router keeps rebooting',
    });
    consult.flush({ consultId: 'k-1' }, { status: 201, statusText: 'Created' });
    await settle();

    expect(all('consult-dialog')).toHaveLength(0);
    expect(find('consult-requested').textContent).toContain('Expert asked');
  });

  it('asks a named colleague and shows why the server refused', async () => {
    await open(agentState([chatContact('c-1')]));

    find('consult-open').click();
    await fixture.whenStable();
    http.expectOne('/api/agent/directory').flush(COLLEAGUES);
    await settle();
    await choose('consult-agent', 'cy');
    find('consult-submit').click();
    const consult = http.expectOne('/api/agent/contacts/c-1/consult');
    expect(consult.request.body).toEqual({ agent: 'cy', privately: false, note: '' });
    consult.flush({ error: 'cy is offline' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(find('consult-error').textContent?.trim()).toBe('cy is offline');
  });

  it("shows an expert the consult offer, then the customer's conversation, and lets them leave", async () => {
    const consult = { privately: true, requestedBy: 'bob', note: 'Router question' };
    const offer: Offer = {
      contactId: 'k-1',
      channel: 'CHAT',
      queueName: 'Support',
      customer: 'visitor-c-1',
      offeredAt: '2026-12-04T19:30:00Z',
      expiresAt: '2026-12-04T19:30:20Z',
      conversationId: 'c-1',
      consult,
    };
    await open(agentState([], [offer]));
    expect(find('offer-consult').textContent).toContain('Private consult');
    expect(find('offer-consult').textContent).toContain('bob');
    expect(find('offer-consult-note').textContent).toBe('Router question');
    expect(chimes).toBe(1);

    find('accept-offer').click();
    const expert = chatContact('k-1', { conversationId: 'c-1', consult });
    http.expectOne('/api/agent/offers/k-1/accept').flush(agentState([expert]));
    await settle();
    http.expectOne('/api/agent/conversations/c-1/messages?after=0').flush([message(1)]);
    http.expectOne('/api/agent/conversations/c-1').flush(INFO);
    await settle();

    expect(find('chat-tab').dataset['conversationId']).toBe('c-1');
    expect(find('consult-banner').textContent).toContain(
      'Private consult — the customer does not see your messages',
    );
    expect(all('transfer-open')).toHaveLength(0);
    expect(all('end-contact')).toHaveLength(0);
    find('consult-leave').click();
    const leave = http.expectOne('/api/agent/contacts/k-1/end');
    expect(leave.request.method).toBe('POST');
    leave.flush(agentState([]));
    await settle();
    expect(all('chat-tab')).toHaveLength(0);
  });

  it('says when a chat went back to the queue for want of a first reply', async () => {
    await open(agentState([chatContact('c-1', { customer: 'Jane Doe' })]));

    sockets[0].serverSends({ type: 'contactReturned', contactId: 'c-1', reason: 'NO_FIRST_REPLY' });
    http.expectOne('/api/agent/state').flush(agentState([]));
    await settle();

    expect(find('contact-returned-notice').textContent?.replace(/\s+/g, ' ')).toContain(
      'Chat with Jane Doe went back to the queue: no first reply within the limit.',
    );
    expect(all('chat-tab')).toHaveLength(0);
    find('contact-returned-notice').querySelector('button')?.click();
    await fixture.whenStable();
    expect(all('contact-returned-notice')).toHaveLength(0);
  });

  it('lists colleagues with live presence, read again every 15 s and on presence frames', async () => {
    await open(agentState([]));

    expect(all('directory-entry').map((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Alice Agent Available billing',
      'Bob Builder On break · Lunch billing, tech',
      'Cy Expert Offline',
    ]);

    clock.advance(DIRECTORY_REFRESH_MS);
    http
      .expectOne('/api/agent/directory')
      .flush([{ ...COLLEAGUES[2], presence: 'AVAILABLE' as const }]);
    await settle();
    expect(all('directory-entry').map((e) => e.dataset['presence'])).toEqual(['AVAILABLE']);

    sockets[0].serverSends({ type: 'presence', presence: 'AVAILABLE', breakReason: null });
    http.expectOne('/api/agent/state').flush(agentState([]));
    http.expectOne('/api/agent/directory').flush([]);
    await settle();
    expect(all('directory-entry')).toHaveLength(0);
  });

  it("opens an earlier chat's transcript from the customer's history", async () => {
    await open(agentState([chatContact('c-1')]));
    const past = (id: string, channel: PastContact['channel']): PastContact => ({
      id,
      channel,
      customer: 'visitor-c-1',
      queue: 'Support',
      state: 'CLOSED',
      assignedAgent: 'bob',
      disposition: 'RESOLVED',
      receivedAt: '2026-12-01T09:00:00Z',
    });

    find('history-toggle').click();
    (await vi.waitFor(() => http.expectOne('/api/customers/visitor-c-1/contacts'))).flush([
      past('c-1', 'CHAT'),
      past('c-0', 'CHAT'),
      past('e-0', 'EMAIL'),
    ]);
    await settle();
    expect(all('history-entry').map((e) => e.dataset['contact'])).toEqual(['c-0', 'e-0']);

    find('history-entry').querySelector('button')?.click();
    (await vi.waitFor(() => http.expectOne('/api/agent/conversations/c-0/messages?after=0'))).flush(
      [message(1, { text: 'Earlier question' }), message(2, { kind: 'NOTE' })],
    );
    await settle();
    const transcript = find('history-transcript');
    expect(transcript.querySelectorAll('[data-testid="chat-message"]')).toHaveLength(2);
    expect(transcript.textContent).toContain('Earlier question');

    all('history-entry')[1].querySelector('button')?.click();
    await fixture.whenStable();
    expect(all('history-transcript')[1].textContent?.trim()).toBe(
      'This contact has no conversation.',
    );
  });
});
