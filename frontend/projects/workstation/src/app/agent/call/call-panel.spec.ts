import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { INFO, chatContact, message } from '../../chat/chat-fixtures';
import { Session } from '../../core/auth/session';
import { WEB_SOCKET_FACTORY } from '../../core/realtime/web-socket';
import { CLOCK } from '../../core/time/clock';
import { ActiveContact, AgentState, Offer } from '../agent-api';
import { AgentWorkstation } from '../agent-workstation';
import { Chime } from '../notices/chime';
import { PageVisibility } from '../notices/page-visibility';
import {
  CUSTOMER,
  EXPERT,
  FakeMesh,
  FakeStream,
  fakeLocalStream,
  fakeMeshes,
  peerStats,
} from './call-fakes';
import { CALL_MESH_FACTORY } from './call-mesh';
import { STATS_EVERY_MS } from './call-session';
import { LocalMedia, LocalMediaResult } from './local-media';
import { RingTone } from './ring-tone';

function callContact(id: string, changes: Partial<ActiveContact> = {}): ActiveContact {
  return chatContact(id, {
    channel: 'VOICE',
    customer: 'Jane Doe <+4512345678>',
    since: '2026-12-04T19:29:00Z',
    dispositionRequired: true,
    dispositionCodes: ['RESOLVED'],
    ...changes,
  });
}

function callOffer(changes: Partial<Offer> = {}): Offer {
  return {
    contactId: 'c-1',
    channel: 'VOICE',
    queueName: 'Phones',
    customer: 'Jane Doe <+4512345678>',
    offeredAt: '2026-12-04T19:30:00Z',
    expiresAt: '2026-12-04T19:30:20Z',
    conversationId: 'c-1',
    consult: null,
    ...changes,
  };
}

function agentState(contacts: ActiveContact[], offers: Offer[] = []): AgentState {
  return { presence: 'AVAILABLE', breakReason: null, offers, contacts };
}

/** The call panel inside the workstation, with a fake mesh, fake devices and the fake socket. */
describe('CallPanel', () => {
  let fixture: ComponentFixture<AgentWorkstation>;
  let http: HttpTestingController;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let meshes: FakeMesh[];
  let devices: { video: boolean }[];
  let nextDevices: () => Promise<LocalMediaResult>;
  let local: FakeStream;
  let ring: { starts: number; stops: number; ringing: boolean };

  async function open(state: AgentState): Promise<void> {
    clock = new FakeClock('2026-12-04T19:30:00Z');
    const fakeSockets = fakeWebSocketFactory();
    sockets = fakeSockets.sockets;
    const fakeMesh = fakeMeshes();
    meshes = fakeMesh.meshes;
    devices = [];
    local = fakeLocalStream(true);
    nextDevices = () => Promise.resolve({ ok: true, stream: local.asMediaStream(), warning: null });
    ring = { starts: 0, stops: 0, ringing: false };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CLOCK, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fakeSockets.factory },
        { provide: CALL_MESH_FACTORY, useValue: fakeMesh.factory },
        {
          provide: LocalMedia,
          useValue: {
            open: (video: boolean) => {
              devices.push({ video });
              return nextDevices();
            },
          },
        },
        {
          provide: RingTone,
          useValue: {
            start: () => (ring.starts++, (ring.ringing = true)),
            stop: () => (ring.stops++, (ring.ringing = false)),
          },
        },
        { provide: Chime, useValue: { play: () => undefined } },
        { provide: PageVisibility, useValue: { visible: signal(true) } },
        {
          provide: Session,
          useValue: {
            user: signal({ username: 'alice', displayName: 'Alice Agent', roles: ['agent'] }),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgentWorkstation);
    http.expectOne('/api/agent/break-reasons').flush([]);
    (await vi.waitFor(() => http.expectOne('/api/agent/state'))).flush(state);
    await settle();
    http.expectOne('/api/agent/directory').flush([]);
    readConversations(state, 0);
    await settle();
    sockets[0].serverOpens();
    http.expectOne('/api/agent/state').flush(state);
    readConversations(state, null);
    await settle();
  }

  /** Answers the side-channel reads of every call: the messages after `after`, and the info. */
  function readConversations(state: AgentState, after: number | null): void {
    for (const contact of state.contacts) {
      const id = contact.conversationId;
      if (id) {
        http.expectOne(`/api/agent/conversations/${id}/messages?after=${after ?? 0}`).flush([]);
        if (after !== null) {
          http.expectOne(`/api/agent/conversations/${id}`).flush({ ...INFO, id });
        }
      }
    }
  }

  beforeEach(() => {
    // jsdom plays nothing.
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    http.match('/api/agent/directory');
    http.match((request) => request.url.endsWith('/read'));
    // Recording has its own tests (recording/); here its status read stays unanswered.
    http.match((request) => request.url.endsWith('/recording'));
    http.verify();
  });

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function find<T extends HTMLElement = HTMLElement>(testId: string): T {
    const found = all(testId)[0];
    if (!found) {
      throw new Error(`No element with data-testid="${testId}"`);
    }
    return found as T;
  }

  function text(testId: string): string {
    return find(testId).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function panel(): HTMLElement {
    return find('call-panel');
  }

  /** Frames the workstation sent on its socket, of one type. */
  function sent(type: string): Record<string, unknown>[] {
    return sockets
      .flatMap((socket) => socket.sent)
      .map((data) => JSON.parse(data) as Record<string, unknown>)
      .filter((frame) => frame['type'] === type);
  }

  /** Clicks, and lets the page render; not `whenStable`, which waits for the requests. */
  async function click(testId: string): Promise<void> {
    find<HTMLButtonElement>(testId).click();
    await rendered();
  }

  async function rendered(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  async function choose(testId: string, value: string): Promise<void> {
    const select = find<HTMLSelectElement>(testId);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  async function server(frame: Record<string, unknown>): Promise<void> {
    sockets.at(-1)!.serverSends(frame);
    await rendered();
  }

  it('rings a call offer with caller and queue, and answering opens the call panel and joins', async () => {
    await open(agentState([], [callOffer()]));
    expect(ring.ringing).toBe(true);
    expect(find('offer').dataset['callState']).toBe('ringing');
    expect(text('offer-customer')).toBe('Jane Doe <+4512345678>');
    expect(text('offer-queue')).toBe('Phones');
    expect(all('accept-offer')).toHaveLength(0);
    expect(text('call-answer')).toBe('Answer');

    await click('call-answer');
    http.expectOne('/api/agent/offers/c-1/accept').flush(agentState([callContact('c-1')]));
    await settle();
    readConversations(agentState([callContact('c-1')]), 0);
    await settle();

    expect(ring.ringing).toBe(false);
    expect(devices).toEqual([{ video: false }]);
    expect(meshes).toHaveLength(1);
    expect(meshes[0].options.conversationId).toBe('c-1');
    expect(sent('callJoin')).toEqual([{ type: 'callJoin', conversationId: 'c-1', video: false }]);
    expect(panel().dataset['callState']).toBe('connecting');
    expect(text('call-caller')).toBe('Jane Doe');
    expect(text('call-queue')).toBe('Support');
    expect(all('active-contact')).toHaveLength(1);
    expect(all('end-contact')).toHaveLength(0);
    expect(text('visitor-email')).toBe('jane@example.com');

    await server({ type: 'callPeers', conversationId: 'c-1', peers: [] });
    expect(meshes[0].handled).toEqual(['callPeers']);
    meshes[0].connect(CUSTOMER);
    await settle();

    expect(panel().dataset['callState']).toBe('active');
    const audio = page().querySelector<HTMLAudioElement>('audio[data-peer-id="customer"]');
    expect(audio).not.toBeNull();
    expect(audio!.srcObject).toBeTruthy();
    expect(text('call-status')).toBe('In call');
  });

  it('carries the chat side-channel of the same conversation, without the chat toolbar', async () => {
    await open(agentState([callContact('c-1')]));

    await server({
      type: 'chatMessage',
      conversationId: 'c-1',
      message: message(1, { text: 'My order number is 4711' }),
    });
    expect(text('chat-text')).toBe('My order number is 4711');
    expect(all('transfer-open')).toHaveLength(0);
    expect(all('consult-open')).toHaveLength(0);

    const input = find<HTMLTextAreaElement>('chat-input');
    input.value = 'https://parley.example/help/returns';
    input.dispatchEvent(new Event('input'));
    await rendered();
    await click('chat-send');
    const post = http.expectOne('/api/agent/conversations/c-1/messages');
    expect(post.request.body).toMatchObject({
      kind: 'TEXT',
      text: 'https://parley.example/help/returns',
    });
    post.flush(message(2, { author: { role: 'AGENT', name: 'Alice Agent' } }));
    await settle();
    // On screen, so read: the customer learns it (and the title counts nothing).
    expect(
      http.match('/api/agent/conversations/c-1/read').map((r) => r.request.body),
    ).toContainEqual({ seq: 1 });
  });

  it('shows video tiles per peer and the agent preview, and turns the camera off', async () => {
    await open(agentState([callContact('c-1', { channel: 'VIDEO' })]));
    expect(devices).toEqual([{ video: true }]);
    expect(sent('callJoin')).toEqual([{ type: 'callJoin', conversationId: 'c-1', video: true }]);

    meshes[0].connect(CUSTOMER);
    meshes[0].connect(EXPERT);
    await settle();

    const tiles = Array.from(page().querySelectorAll<HTMLVideoElement>('video[data-peer-id]'));
    expect(tiles.map((tile) => tile.dataset['peerId'])).toEqual(['customer', 'agent:bob']);
    expect(tiles.map((tile) => tile.getAttribute('aria-label'))).toEqual([
      'Jane Doe',
      'Bob Builder',
    ]);
    const preview = page().querySelectorAll<HTMLVideoElement>('video:not([data-peer-id])');
    expect(preview).toHaveLength(1);
    expect(preview[0].srcObject).toBe(local);
    expect(preview[0].muted).toBe(true);

    await click('call-camera');
    expect(meshes[0].cameraOff).toBe(true);
    expect(find('call-camera').getAttribute('aria-pressed')).toBe('true');
    expect(text('call-camera')).toBe('Camera on');
  });

  it('counts the call time, mutes, and measures the network every 2 s onto the panel', async () => {
    await open(agentState([callContact('c-1')]));
    expect(text('call-timer')).toBe('1:00');

    await click('call-mute');
    expect(meshes[0].muted).toBe(true);
    expect(text('call-mute')).toBe('Unmute');
    await click('call-mute');
    expect(meshes[0].muted).toBe(false);

    meshes[0].nextStats = [peerStats({ rttMs: 180, jitterMs: 12, packetLossPct: 0.5 })];
    clock.advance(STATS_EVERY_MS);
    await settle();

    expect(text('call-timer')).toBe('1:02');
    expect(panel().dataset['rttMs']).toBe('180');
    expect(panel().dataset['jitterMs']).toBe('12');
    expect(panel().dataset['packetLoss']).toBe('0.5');
    expect(text('call-quality')).toBe('Network: Fair');
    expect(text('call-quality-figures')).toBe('RTT 180 ms · jitter 12 ms · loss 0.5 %');
  });

  it('puts the call on hold through the server and says the caller hears music', async () => {
    await open(agentState([callContact('c-1')]));
    meshes[0].connect(CUSTOMER);
    await settle();

    await click('call-hold');
    const hold = http.expectOne('/api/agent/calls/c-1/hold');
    expect(hold.request.body).toEqual({ on: true });
    hold.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(panel().dataset['callState']).toBe('held');
    expect(text('call-held')).toBe('On hold — the caller hears music');
    expect(meshes[0].muted).toBe(false); // the mesh pauses only the customer link

    await click('call-hold');
    http
      .expectOne('/api/agent/calls/c-1/hold')
      .flush({ error: 'Not your call' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(text('call-action-error')).toContain('Not your call');
    expect(panel().dataset['callState']).toBe('held');

    await server({ type: 'callHold', conversationId: 'c-1', on: false, musicFromServer: false });
    expect(panel().dataset['callState']).toBe('active');
    expect(all('call-held')).toHaveLength(0);
  });

  it('hangs up as the end of the contact: media closed, devices stopped, wrap-up as today', async () => {
    await open(agentState([callContact('c-1')]));
    meshes[0].connect(CUSTOMER);
    await settle();

    await click('call-hangup');
    http
      .expectOne('/api/agent/contacts/c-1/end')
      .flush(agentState([callContact('c-1', { state: 'WRAP_UP' })]));
    await settle();

    expect(meshes[0].closed).toBe(true);
    expect(local.getTracks().every((track) => track.stopped)).toBe(true);
    expect(panel().dataset['callState']).toBe('ended');
    expect(text('call-ended')).toBe('The call has ended. Finish the wrap-up to close it.');
    expect(all('finish-wrap-up')).toHaveLength(1);
    expect(all('call-hangup')).toHaveLength(0);
  });

  it('closes the media as soon as contactState says the call went to wrap-up', async () => {
    await open(agentState([callContact('c-1')]));

    await server({ type: 'contactState', contactId: 'c-1', state: 'WRAP_UP' });

    expect(meshes[0].closed).toBe(true);
    expect(panel().dataset['callState']).toBe('ended');
    http
      .expectOne('/api/agent/state')
      .flush(agentState([callContact('c-1', { state: 'WRAP_UP' })]));
    await settle();
  });

  it('still lets the agent end a contact whose media ended before the state moved on', async () => {
    await open(agentState([callContact('c-1')]));
    await server({ type: 'contactState', contactId: 'c-1', state: 'CLOSED' });
    http.expectOne('/api/agent/state').flush(agentState([callContact('c-1')]));
    await settle();

    expect(panel().dataset['callState']).toBe('ended');
    await click('call-hangup');
    http
      .expectOne('/api/agent/contacts/c-1/end')
      .flush(agentState([callContact('c-1', { state: 'WRAP_UP' })]));
    await settle();
    expect(all('finish-wrap-up')).toHaveLength(1);
  });

  it('shows callFailed and joins again on request', async () => {
    await open(agentState([callContact('c-1')]));

    await server({
      type: 'callFailed',
      conversationId: 'c-1',
      code: 'MEDIA_FAILED',
      message: 'The media connection was lost.',
    });

    expect(panel().dataset['callState']).toBe('failed');
    expect(text('call-error')).toContain('The media connection was lost.');
    await click('call-retry');
    expect(sent('callJoin')).toHaveLength(2);
    expect(panel().dataset['callState']).toBe('connecting');
  });

  it("says clearly when the agent's microphone cannot be used", async () => {
    clock = new FakeClock();
    await open(agentState([]));
    nextDevices = () =>
      Promise.resolve({ ok: false, error: 'No microphone found. Connect one, then try again.' });

    sockets[0].serverSends({ type: 'contactState', contactId: 'c-1', state: 'ACTIVE' });
    http.expectOne('/api/agent/state').flush(agentState([callContact('c-1')]));
    await settle();
    readConversations(agentState([callContact('c-1')]), 0);
    await settle();

    expect(panel().dataset['callState']).toBe('failed');
    expect(text('call-error')).toContain('No microphone found. Connect one, then try again.');
    expect(sent('callJoin')).toEqual([]);
    expect(find<HTMLButtonElement>('call-mute').disabled).toBe(true);
  });

  it('joins again after the socket reconnects while the call is active', async () => {
    await open(agentState([callContact('c-1')]));
    expect(sent('callJoin')).toHaveLength(1);

    sockets[0].serverCloses();
    await settle();
    clock.advance(60_000);
    await settle();
    sockets[1].serverOpens();
    http.expectOne('/api/agent/state').flush(agentState([callContact('c-1')]));
    http.expectOne('/api/agent/conversations/c-1/messages?after=0').flush([message(1)]);
    await settle();

    expect(meshes).toHaveLength(1);
    expect(sent('callJoin')).toHaveLength(2);
  });

  it('transfers blindly with the existing dialog, then leaves the media', async () => {
    await open(agentState([callContact('c-1')]));

    await click('call-transfer');
    http.expectOne('/api/agent/queues').flush([
      { name: 'Phones', channels: ['VOICE'] },
      { name: 'Chat only', channels: ['CHAT'] },
    ]);
    await settle();
    expect(find('transfer-dialog').textContent).toContain('Transfer this call');
    expect(
      Array.from(find<HTMLSelectElement>('transfer-queue').options).map((o) => o.value),
    ).toEqual(['', 'Phones']);
    await choose('transfer-queue', 'Phones');
    await click('transfer-submit');
    const transfer = http.expectOne('/api/agent/contacts/c-1/transfer');
    expect(transfer.request.body).toEqual({ queue: 'Phones', note: '' });
    transfer.flush(agentState([]));
    await settle();

    expect(meshes[0].left).toBe(true);
    expect(all('call-panel')).toHaveLength(0);
  });

  it('warm transfer: consults a colleague privately, then hands the call over', async () => {
    await open(agentState([callContact('c-1')]));

    await click('call-consult');
    http.expectOne('/api/agent/directory').flush([
      {
        username: 'bob',
        displayName: 'Bob Builder',
        presence: 'AVAILABLE',
        breakReason: null,
        skills: ['tech'],
      },
    ]);
    await settle();
    await choose('consult-agent', 'bob');
    find<HTMLInputElement>('consult-private').click();
    await click('consult-submit');
    const consult = http.expectOne('/api/agent/contacts/c-1/consult');
    expect(consult.request.body).toEqual({ agent: 'bob', privately: true, note: '' });
    consult.flush({ consultId: 'k-1' }, { status: 201, statusText: 'Created' });
    await settle();

    expect(text('call-consulting')).toContain('Consulting a colleague privately');
    expect(all('call-consult')).toHaveLength(0);
    meshes[0].connect(EXPERT);
    await settle();
    expect(page().querySelector('audio[data-peer-id="agent:bob"]')).not.toBeNull();

    await click('call-handover');
    const handover = http.expectOne('/api/agent/calls/c-1/handover');
    expect(handover.request.body).toEqual({ consultId: 'k-1' });
    handover.flush(null, { status: 204, statusText: 'No Content' });
    await rendered();

    expect(meshes[0].left).toBe(true);
    (await vi.waitFor(() => http.expectOne('/api/agent/state'))).flush(agentState([]));
    await settle();
    expect(all('call-panel')).toHaveLength(0);
  });

  it('warm transfer: returns to the caller by ending the consult', async () => {
    await open(agentState([callContact('c-1')]));
    await click('call-consult');
    http.expectOne('/api/agent/directory').flush([
      {
        username: 'bob',
        displayName: 'Bob Builder',
        presence: 'AVAILABLE',
        breakReason: null,
        skills: [],
      },
    ]);
    await settle();
    await choose('consult-agent', 'bob');
    find<HTMLInputElement>('consult-private').click();
    await click('consult-submit');
    http.expectOne('/api/agent/contacts/c-1/consult').flush({ consultId: 'k-1' });
    await settle();

    await click('call-return');
    http.expectOne('/api/agent/contacts/k-1/end').flush(agentState([callContact('c-1')]));
    await settle();

    expect(all('call-consulting')).toHaveLength(0);
    expect(all('call-handover')).toHaveLength(0);
    expect(all('call-consult')).toHaveLength(1);
    expect(meshes[0].left).toBe(false);
  });

  it('pulls in an expert by skill, visibly; the expert joins the mesh as a third party', async () => {
    await open(agentState([callContact('c-1')]));
    await click('call-consult');
    http.expectOne('/api/agent/directory').flush([
      {
        username: 'bob',
        displayName: 'Bob Builder',
        presence: 'AVAILABLE',
        breakReason: null,
        skills: ['tech'],
      },
    ]);
    await settle();
    await choose('consult-skill', 'tech');
    await click('consult-submit');
    const consult = http.expectOne('/api/agent/contacts/c-1/consult');
    expect(consult.request.body).toEqual({ skill: 'tech', privately: false, note: '' });
    consult.flush({ consultId: 'k-2' });
    await settle();

    expect(text('call-consulting')).toBe('Expert asked — they join the call once they accept.');
    expect(all('call-handover')).toHaveLength(0);
    expect(text('call-return')).toBe('End consult');
  });

  it("opens an expert's consult on the customer's call, and lets them leave while it goes on", async () => {
    const consult = { privately: false, requestedBy: 'alice', note: 'Router question' };
    await open(agentState([], [callOffer({ contactId: 'k-1', consult })]));
    expect(text('offer-consult')).toContain('Consult');

    await click('call-answer');
    const expert = callContact('k-1', { conversationId: 'c-1', consult });
    http.expectOne('/api/agent/offers/k-1/accept').flush(agentState([expert]));
    await settle();
    readConversations(agentState([expert]), 0);
    await settle();

    expect(meshes[0].options.conversationId).toBe('c-1');
    expect(sent('callJoin')).toEqual([{ type: 'callJoin', conversationId: 'c-1', video: false }]);
    expect(text('call-consult-banner')).toContain('asked by alice');
    expect(all('call-hangup')).toHaveLength(0);
    expect(all('call-hold')).toHaveLength(0);
    expect(all('call-transfer')).toHaveLength(0);

    await click('call-leave');
    http.expectOne('/api/agent/contacts/k-1/end').flush(agentState([]));
    await settle();

    expect(meshes[0].left).toBe(true);
    expect(all('call-panel')).toHaveLength(0);
  });

  it('a colleague handed the call after a private consult joins it again as its agent', async () => {
    const consult = { privately: true, requestedBy: 'alice', note: '' };
    await open(agentState([], [callOffer({ contactId: 'k-1', consult })]));
    await click('call-answer');
    const colleague = callContact('k-1', { conversationId: 'c-1', consult });
    http.expectOne('/api/agent/offers/k-1/accept').flush(agentState([colleague]));
    await settle();
    readConversations(agentState([colleague]), 0);
    await settle();
    expect(all('call-leave')).toHaveLength(1);

    // Handed over: the consult closes and the call itself is the colleague's now.
    await server({ type: 'contactState', contactId: 'k-1', state: 'CLOSED' });
    http.expectOne('/api/agent/state').flush(agentState([callContact('c-1')]));
    await settle();

    expect(meshes[0].closed).toBe(true);
    expect(meshes).toHaveLength(2);
    expect(sent('callJoin')).toEqual([
      { type: 'callJoin', conversationId: 'c-1', video: false },
      { type: 'callJoin', conversationId: 'c-1', video: false },
    ]);
    meshes[1].connect(CUSTOMER);
    await settle();
    expect(panel().dataset['callState']).toBe('active');
    expect(all('call-hangup')).toHaveLength(1);
    expect(all('call-leave')).toHaveLength(0);
  });
});
