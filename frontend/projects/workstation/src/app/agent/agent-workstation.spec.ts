import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { WEB_SOCKET_FACTORY } from '../core/realtime/web-socket';
import { CLOCK } from '../core/time/clock';
import { ActiveContact, AgentState, Offer, PastContact } from './agent-api';
import { AgentWorkstation } from './agent-workstation';

const REASONS = ['Lunch', 'Training', 'Meeting', 'Personal'];

const OFFER: Offer = {
  contactId: 'c-1',
  channel: 'CHAT',
  queueName: 'Support',
  customer: 'Jane Doe <+4512345678>',
  offeredAt: '2026-11-23T10:00:00Z',
  expiresAt: '2026-11-23T10:00:20Z',
};

const ACTIVE: ActiveContact = {
  contactId: 'c-1',
  channel: 'CHAT',
  queueName: 'Support',
  customer: 'Jane Doe <+4512345678>',
  state: 'ACTIVE',
  since: '2026-11-23T10:00:05Z',
  wrapUpEndsAt: null,
  dispositionRequired: true,
  dispositionCodes: ['RESOLVED', 'CALLBACK', 'ESCALATED'],
};

function agentState(changes: Partial<AgentState> = {}): AgentState {
  return { presence: 'AVAILABLE', breakReason: null, offers: [], contacts: [], ...changes };
}

describe('AgentWorkstation', () => {
  let fixture: ComponentFixture<AgentWorkstation>;
  let http: HttpTestingController;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];

  async function open(initial: AgentState = agentState({ presence: 'OFFLINE' })): Promise<void> {
    clock = new FakeClock('2026-11-23T10:00:00Z');
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CLOCK, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgentWorkstation);
    http.expectOne('/api/agent/break-reasons').flush(REASONS);
    await answerStateRead(initial);
    http.expectOne('/api/agent/directory').flush([]);
    await fixture.whenStable();
  }

  afterEach(() => {
    // The colleague directory beside the desk is read again every 15 s (see its own spec).
    http.match('/api/agent/directory');
    http.verify();
  });

  /** Answers the pending `GET /api/agent/state` and waits until the page shows it. */
  async function answerStateRead(state: AgentState): Promise<void> {
    // Some reads are sent only after an earlier answer has been handled, so wait (bounded).
    const read = await vi.waitFor(() => http.expectOne('/api/agent/state'));
    expect(read.request.method).toBe('GET');
    read.flush(state);
    await fixture.whenStable();
  }

  async function answer(request: TestRequest, state: AgentState): Promise<void> {
    request.flush(state);
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function find<T extends HTMLElement>(testId: string): T {
    const found = page().querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) {
      throw new Error(`No element with data-testid="${testId}"`);
    }
    return found;
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function text(testId: string): string {
    return find(testId).textContent?.trim() ?? '';
  }

  function click(testId: string): void {
    find<HTMLButtonElement>(testId).click();
  }

  function choose(testId: string, value: string): void {
    const select = find<HTMLSelectElement>(testId);
    select.value = value;
    // As a browser does when the user picks an option.
    select.dispatchEvent(new Event('input'));
    select.dispatchEvent(new Event('change'));
  }

  it('keeps the area heading and shows the presence the server reports', async () => {
    await open(agentState({ presence: 'BREAK', breakReason: 'Lunch' }));

    expect(text('area-title')).toBe('Agent workstation');
    expect(text('presence')).toBe('On break · Lunch');
    expect(find('presence').dataset['presence']).toBe('BREAK');
  });

  it('opens the agent socket on the page origin', async () => {
    await open();

    expect(sockets).toHaveLength(1);
    expect(sockets[0].url).toBe(`ws://${location.host}/ws/agent`);
  });

  it('goes available through PUT and shows the new presence', async () => {
    await open();

    click('go-available');
    const put = http.expectOne('/api/agent/presence');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ presence: 'AVAILABLE' });
    await answer(put, agentState({ presence: 'AVAILABLE' }));

    expect(text('presence')).toBe('Available');
    expect(find<HTMLButtonElement>('go-available').disabled).toBe(true);
  });

  it('takes a break with the chosen reason', async () => {
    await open(agentState({ presence: 'AVAILABLE' }));
    const options = Array.from(find<HTMLSelectElement>('break-reason').options, (o) => o.value);
    expect(options).toEqual(REASONS);

    choose('break-reason', 'Training');
    await fixture.whenStable();
    click('go-break');
    const put = http.expectOne('/api/agent/presence');
    expect(put.request.body).toEqual({ presence: 'BREAK', reason: 'Training' });
    await answer(put, agentState({ presence: 'BREAK', breakReason: 'Training' }));

    expect(text('presence')).toBe('On break · Training');
  });

  it('goes offline', async () => {
    await open(agentState({ presence: 'AVAILABLE' }));

    click('go-offline');
    const put = http.expectOne('/api/agent/presence');
    expect(put.request.body).toEqual({ presence: 'OFFLINE' });
    await answer(put, agentState({ presence: 'OFFLINE' }));

    expect(text('presence')).toBe('Offline');
  });

  it('re-reads the state on a presence frame and shows a server-set presence', async () => {
    await open(agentState({ presence: 'AVAILABLE' }));

    sockets[0].serverSends({ type: 'presence', presence: 'NOT_RESPONDING', breakReason: null });
    await answerStateRead(agentState({ presence: 'NOT_RESPONDING' }));

    expect(text('presence')).toBe('Not responding');
  });

  it('shows an offer after an offer frame, with a countdown that runs with the clock', async () => {
    await open(agentState({ presence: 'AVAILABLE' }));
    expect(all('offer')).toHaveLength(0);

    sockets[0].serverSends({ type: 'offer', offer: OFFER });
    await answerStateRead(agentState({ offers: [OFFER] }));

    expect(all('offer')).toHaveLength(1);
    expect(page().querySelector('.offers [role="status"]')?.textContent?.trim()).toBe(
      '1 contact offered',
    );
    expect(text('offer-channel')).toBe('Chat');
    expect(text('offer-queue')).toBe('Support');
    expect(text('offer-customer')).toBe('Jane Doe <+4512345678>');
    expect(text('offer-countdown')).toBe('0:20');

    clock.advance(5_000);
    await fixture.whenStable();
    expect(text('offer-countdown')).toBe('0:15');

    clock.advance(15_000);
    await fixture.whenStable();
    expect(text('offer-countdown')).toBe('Expiring…');
  });

  it('re-reads the state when an offer is withdrawn or a contact changes', async () => {
    await open(agentState({ offers: [OFFER] }));

    sockets[0].serverSends({ type: 'offerWithdrawn', contactId: 'c-1', reason: 'TIMEOUT' });
    await answerStateRead(agentState());
    expect(all('offer')).toHaveLength(0);

    sockets[0].serverSends({ type: 'contactState', contactId: 'c-1', state: 'ACTIVE' });
    await answerStateRead(agentState({ contacts: [ACTIVE] }));
    expect(all('active-contact')).toHaveLength(1);
  });

  it('does not re-read the state for other frames or malformed ones', async () => {
    await open();

    sockets[0].serverSends({ type: 'welcome', username: 'alice', roles: ['agent'] });
    sockets[0].serverSends({ type: 'pong', seq: 1 });
    sockets[0].serverSends('not json');
    sockets[0].serverSends({ offer: OFFER });

    http.expectNone('/api/agent/state');
  });

  it('accepts an offer', async () => {
    await open(agentState({ offers: [OFFER] }));

    click('accept-offer');
    const accept = http.expectOne('/api/agent/offers/c-1/accept');
    expect(accept.request.method).toBe('POST');
    await answer(accept, agentState({ contacts: [ACTIVE] }));

    expect(all('offer')).toHaveLength(0);
    expect(all('active-contact')).toHaveLength(1);
    expect(all('end-contact')).toHaveLength(1);
  });

  it('rejects an offer', async () => {
    await open(agentState({ offers: [OFFER] }));

    click('reject-offer');
    const reject = http.expectOne('/api/agent/offers/c-1/reject');
    expect(reject.request.method).toBe('POST');
    await answer(reject, agentState());

    expect(all('offer')).toHaveLength(0);
  });

  it('says so when the offer is gone by the time it is accepted, and re-reads the state', async () => {
    await open(agentState({ offers: [OFFER] }));

    click('accept-offer');
    http
      .expectOne('/api/agent/offers/c-1/accept')
      .flush({ error: 'offer no longer available', details: [] }, { status: 409, statusText: '' });
    await answerStateRead(agentState());

    expect(text('agent-error')).toContain('This offer is no longer available.');
    expect(all('offer')).toHaveLength(0);
  });

  it("shows the server's message for other refusals", async () => {
    await open(agentState({ presence: 'WRAP_UP' }));

    click('go-available');
    http
      .expectOne('/api/agent/presence')
      .flush({ error: 'Finish wrap-up first', details: [] }, { status: 400, statusText: '' });
    await answerStateRead(agentState({ presence: 'WRAP_UP' }));

    expect(text('agent-error')).toContain('Finish wrap-up first');
    expect(text('presence')).toBe('Wrap-up');
  });

  it('ends a contact and then shows the wrap-up form with its countdown', async () => {
    await open(agentState({ contacts: [ACTIVE] }));
    expect(all('disposition')).toHaveLength(0);

    click('end-contact');
    const end = http.expectOne('/api/agent/contacts/c-1/end');
    expect(end.request.method).toBe('POST');
    await answer(
      end,
      agentState({
        presence: 'WRAP_UP',
        contacts: [{ ...ACTIVE, state: 'WRAP_UP', wrapUpEndsAt: '2026-11-23T10:01:00Z' }],
      }),
    );

    expect(all('end-contact')).toHaveLength(0);
    const codes = Array.from(find<HTMLSelectElement>('disposition').options, (o) => o.value);
    expect(codes).toEqual(['', 'RESOLVED', 'CALLBACK', 'ESCALATED']);
    expect(text('wrap-up-countdown')).toBe('Ends in 1:00');

    clock.advance(30_000);
    await fixture.whenStable();
    expect(text('wrap-up-countdown')).toBe('Ends in 0:30');
  });

  it('does not finish wrap-up without a required disposition', async () => {
    await open(agentState({ presence: 'WRAP_UP', contacts: [{ ...ACTIVE, state: 'WRAP_UP' }] }));

    click('finish-wrap-up');
    await fixture.whenStable();

    http.expectNone('/api/agent/contacts/c-1/wrap-up');
    expect(text('disposition-error')).toBe('Choose a disposition.');

    choose('disposition', 'RESOLVED');
    click('finish-wrap-up');
    const wrapUp = await vi.waitFor(() => http.expectOne('/api/agent/contacts/c-1/wrap-up'));
    expect(wrapUp.request.method).toBe('POST');
    expect(wrapUp.request.body).toEqual({ disposition: 'RESOLVED' });
    await answer(wrapUp, agentState());

    expect(all('active-contact')).toHaveLength(0);
  });

  it('finishes wrap-up without a disposition when none is required', async () => {
    await open(
      agentState({
        presence: 'WRAP_UP',
        contacts: [{ ...ACTIVE, state: 'WRAP_UP', dispositionRequired: false }],
      }),
    );

    click('finish-wrap-up');
    const wrapUp = await vi.waitFor(() => http.expectOne('/api/agent/contacts/c-1/wrap-up'));
    expect(wrapUp.request.body).toEqual({ disposition: null });
    await answer(wrapUp, agentState());
  });

  it('reconnects after the socket closes and re-reads the state once open', async () => {
    await open();
    sockets[0].serverOpens();
    await answerStateRead(agentState({ presence: 'AVAILABLE' }));
    expect(text('connection')).toBe('Live');

    sockets[0].serverCloses(1006);
    await fixture.whenStable();
    expect(text('connection')).toBe('Reconnecting…');
    expect(sockets).toHaveLength(1);

    clock.advance(1_000);
    expect(sockets).toHaveLength(2);
    sockets[1].serverOpens();
    await answerStateRead(agentState({ presence: 'AVAILABLE', offers: [OFFER] }));

    expect(text('connection')).toBe('Live');
    expect(all('offer')).toHaveLength(1);
  });

  it('keeps the newest answer when an older state read returns late', async () => {
    await open(agentState({ offers: [OFFER] }));

    sockets[0].serverSends({ type: 'offer', offer: OFFER });
    const staleRead = http.expectOne('/api/agent/state');
    click('accept-offer');
    http.expectOne('/api/agent/offers/c-1/accept').flush(agentState({ contacts: [ACTIVE] }));
    staleRead.flush(agentState({ offers: [OFFER] }));
    await fixture.whenStable();

    expect(all('offer')).toHaveLength(0);
    expect(all('active-contact')).toHaveLength(1);
  });

  it('closes the socket when the agent leaves the page', async () => {
    await open();

    fixture.destroy();

    expect(sockets[0].closedByClient).toEqual({ code: 1000, reason: 'workstation closed' });
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("shows an e-mail contact's thread on its card and reads it again when a message comes", async () => {
    const email: ActiveContact = {
      ...ACTIVE,
      contactId: 'c-2',
      channel: 'EMAIL',
      customer: 'jane@example.com',
      conversationId: 'c-2',
    };
    const thread = {
      contact: 'c-2',
      ticket: 1004,
      subject: 'My lamp arrived broken',
      customerAddress: 'jane@example.com',
      mailbox: 'support@example.com',
      messages: [],
    };
    await open(agentState({ contacts: [email] }));
    (await vi.waitFor(() => http.expectOne('/api/agent/email/c-2'))).flush(thread);
    await fixture.whenStable();

    const card = find('active-contact');
    expect(card.querySelectorAll('[data-testid="email-panel"]')).toHaveLength(1);
    expect(card.querySelectorAll('[data-testid="history-toggle"]')).toHaveLength(1);
    expect(card.querySelector('[data-testid="email-ticket"]')?.textContent?.trim()).toBe('#1004');

    sockets[0].serverSends({ type: 'chatMessage', conversationId: 'c-2', message: { seq: 1 } });
    (await vi.waitFor(() => http.expectOne('/api/agent/email/c-2'))).flush(thread);
    await fixture.whenStable();
  });

  describe('customer history', () => {
    const HISTORY_URL = '/api/customers/Jane%20Doe%20%3C%2B4512345678%3E/contacts';

    /** The history read the panel sends once opened (from an effect, hence the wait). */
    function historyRead(): Promise<TestRequest> {
      return vi.waitFor(() => http.expectOne(HISTORY_URL));
    }

    function past(id: string, changes: Partial<PastContact>): PastContact {
      return {
        id,
        channel: 'CHAT',
        customer: 'Jane Doe <+4512345678>',
        queue: 'Support',
        state: 'CLOSED',
        assignedAgent: 'agent-7',
        disposition: null,
        receivedAt: '2026-11-20T09:00:00Z',
        ...changes,
      };
    }

    it('is read only when the agent opens it, over every channel, without the contact itself', async () => {
      await open(agentState({ contacts: [ACTIVE] }));
      http.expectNone(HISTORY_URL);
      expect(find('history-toggle').getAttribute('aria-expanded')).toBe('false');

      click('history-toggle');
      const read = await historyRead();
      expect(read.request.method).toBe('GET');
      read.flush([
        past('c-1', {}),
        past('c-0', { channel: 'EMAIL', customer: 'jane@example.com', disposition: 'RESOLVED' }),
        past('c-00', {
          channel: 'VOICE',
          customer: '+45 12 34 56 78',
          state: 'ABANDONED',
          assignedAgent: null,
        }),
      ]);
      await fixture.whenStable();

      expect(find('history-toggle').getAttribute('aria-expanded')).toBe('true');
      expect(all('history-entry').map((e) => e.dataset['contact'])).toEqual(['c-0', 'c-00']);
      expect(all('history-channel').map((e) => e.textContent?.trim())).toEqual([
        'E-mail',
        'Voice call',
      ]);
      expect(all('history-outcome').map((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
        ['RESOLVED · agent-7', 'ABANDONED'],
      );

      click('history-toggle');
      await fixture.whenStable();
      expect(all('customer-history')).toHaveLength(0);
    });

    it('lists the newest ten and says how many older ones there are', async () => {
      await open(agentState({ contacts: [ACTIVE] }));

      click('history-toggle');
      (await historyRead()).flush(Array.from({ length: 13 }, (_, n) => past(`c-old-${n}`, {})));
      await fixture.whenStable();

      expect(all('history-entry')).toHaveLength(10);
      expect(text('history-more')).toBe('3 older contacts not shown.');
    });

    it('says so when there is nothing earlier, or when the history cannot be read', async () => {
      await open(agentState({ contacts: [ACTIVE] }));

      click('history-toggle');
      (await historyRead()).flush([past('c-1', {})]);
      await fixture.whenStable();
      expect(text('history-empty')).toBe('No earlier contacts.');

      click('history-toggle');
      await fixture.whenStable();
      click('history-toggle'); // opened again: read again
      (await historyRead()).flush({ error: 'down' }, { status: 500, statusText: 'Server Error' });
      await fixture.whenStable();
      expect(text('history-error')).toBe("The customer's history could not be read.");
      expect(all('active-contact')).toHaveLength(1);
    });
  });
});
