import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { WEB_SOCKET_FACTORY } from '../../core/realtime/web-socket';
import { CLOCK } from '../../core/time/clock';
import { AT, agent, board, call, queue, snapshot } from './board-fixtures';
import { Wallboard } from './wallboard';

describe('Wallboard', () => {
  let fixture: ComponentFixture<Wallboard>;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];

  beforeEach(async () => {
    // The browser's clock is 2 s behind the server's.
    clock = new FakeClock('2026-11-23T09:59:58Z');
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: CLOCK, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
      ],
    });
    fixture = TestBed.createComponent(Wallboard);
    await fixture.whenStable();
  });

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(page().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function text(testId: string, within: HTMLElement = page()): string {
    return within.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
  }

  async function serverSends(frame: object): Promise<void> {
    sockets[0].serverSends(frame);
    await fixture.whenStable();
  }

  async function openWith(frame: object = snapshot()): Promise<void> {
    sockets[0].serverOpens();
    await serverSends(frame);
  }

  it('opens the supervisor socket and shows the board once its snapshot comes', async () => {
    expect(sockets.map((s) => s.url)).toEqual([`ws://${location.host}/ws/supervisor`]);
    expect(text('area-title')).toBe('Supervisor dashboard');
    expect(text('loading')).toBe('Connecting to the live board…');
    expect(text('connection')).toBe('Reconnecting…');

    await openWith();

    expect(text('connection')).toBe('Live');
    expect(all('wallboard-queue').map((row) => row.dataset['queue'])).toEqual(['billing']);
    expect(all('wallboard-agent').map((row) => row.dataset['username'])).toEqual(['ann']);
    expect(all('live-call').map((row) => row.dataset['contactId'])).toEqual(['c-9']);
    expect(text('wallboard-summary')).toBe(
      '3 contacts waiting · 1 agent available · 0 agents on break · 1 call in progress',
    );
    expect(
      page().querySelector('[data-testid="wallboard-summary"]')?.getAttribute('aria-live'),
    ).toBe('polite');
  });

  it('shows a queue per channel, its longest wait and its service level against the target', async () => {
    await openWith();

    const row = all('wallboard-queue')[0];
    expect(text('queue-waiting', row)).toBe('3');
    const perChannel = Array.from(
      row.querySelectorAll<HTMLElement>('[data-testid="queue-channel-waiting"]'),
    ).map((cell) => `${cell.dataset['channel']}=${cell.textContent?.trim()}`);
    expect(perChannel).toEqual([
      'VOICE=2',
      'VIDEO=–not served',
      'CHAT=1',
      'VOICEMAIL=–not served',
      'SMS=–not served',
      'EMAIL=–not served',
    ]);
    expect(text('queue-longest-wait', row)).toBe('1:30');
    expect(text('queue-service-level', row)).toContain('70%');
    expect(text('queue-service-level', row)).toContain('target 80% in 20 s');
    expect(text('queue-service-level', row)).toContain('below target');
    expect([
      text('queue-available', row),
      text('queue-busy', row),
      text('queue-on-break', row),
    ]).toEqual(['1', '1', '1']);
  });

  it('ticks durations every second by the server clock, without new frames', async () => {
    await openWith(
      snapshot(
        board({ agents: [agent({ presence: 'BREAK', breakReason: 'Lunch', presenceSince: AT })] }),
      ),
    );
    const row = all('wallboard-agent')[0];
    expect(text('agent-elapsed', row)).toBe('0:00');

    clock.advance(65_000);
    await fixture.whenStable();

    expect(text('agent-elapsed', all('wallboard-agent')[0])).toBe('1:05');
    expect(text('queue-longest-wait', all('wallboard-queue')[0])).toBe('2:35');
    expect(text('call-elapsed', all('live-call')[0])).toBe('6:05');
  });

  it('follows pushed sections live: waiting counts, a break with its reason, calls', async () => {
    await openWith();

    await serverSends({
      type: 'queues',
      at: '2026-11-23T10:00:01Z',
      queues: [queue({ waiting: 4 })],
    });
    await serverSends({
      type: 'agents',
      at: '2026-11-23T10:00:02Z',
      agents: [agent({ presence: 'BREAK', breakReason: 'Training', presenceSince: AT })],
    });
    await serverSends({ type: 'calls', at: '2026-11-23T10:00:03Z', calls: [] });

    expect(text('queue-waiting', all('wallboard-queue')[0])).toBe('4');
    const ann = all('wallboard-agent')[0];
    expect(ann.dataset['presence']).toBe('BREAK');
    expect(text('agent-presence', ann)).toBe('On break: Training');
    expect(all('live-call')).toEqual([]);
    expect(page().textContent).toContain('No calls in progress.');
    expect(text('wallboard-summary')).toBe(
      '4 contacts waiting · 0 agents available · 1 agent on break · 0 calls in progress',
    );
  });

  it("lists an agent's contacts with the customer, and links to a chat's transcript", async () => {
    await openWith(
      snapshot(
        board({
          agents: [
            agent({ username: 'zoe', presence: 'OFFLINE', presenceSince: null, connected: false }),
            agent({
              contacts: [
                {
                  contactId: 'c-1',
                  state: 'ACTIVE',
                  channel: 'CHAT',
                  queue: 'billing',
                  customer: 'visitor-7',
                  customerName: 'Jane Doe',
                  since: '2026-11-23T09:59:00Z',
                  conversationId: 'c-1',
                },
                {
                  contactId: 'c-2',
                  state: 'WRAP_UP',
                  channel: 'VOICE',
                  queue: 'billing',
                  customer: '+4512345678',
                  customerName: null,
                  since: '2026-11-23T09:59:30Z',
                  conversationId: 'c-2',
                },
              ],
            }),
          ],
        }),
      ),
    );

    expect(all('wallboard-agent').map((row) => row.dataset['username'])).toEqual(['ann', 'zoe']);
    const contacts = all('agent-contact').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(contacts).toEqual([
      'Chat · Jane Doe · in progress 1:00',
      'Voice · +4512345678 · wrap-up 0:30',
    ]);
    expect(all('agent-contact')[0].querySelector('a')?.getAttribute('href')).toBe(
      '/supervisor/conversations/c-1',
    );
    expect(all('agent-contact')[1].querySelector('a')).toBeNull();
    const zoe = all('wallboard-agent')[1];
    expect(text('agent-connected', zoe)).toBe('Not connected');
    expect(text('agent-elapsed', zoe)).toBe('–');
  });

  it('keeps the board while reconnecting and takes the fresh snapshot after', async () => {
    await openWith();
    sockets[0].serverCloses(1006);
    await fixture.whenStable();
    expect(text('connection')).toBe('Reconnecting…');
    expect(all('wallboard-queue')).toHaveLength(1);

    clock.advance(1_000);
    sockets[1].serverOpens();
    sockets[1].serverSends(snapshot(board({ calls: [call(), call({ contactId: 'c-10' })] })));
    await fixture.whenStable();

    expect(text('connection')).toBe('Live');
    expect(all('live-call')).toHaveLength(2);
  });

  it('closes its socket and stops ticking when the supervisor leaves', () => {
    fixture.destroy();

    expect(sockets[0].closedByClient?.code).toBe(1000);
    expect(clock.pendingTimers()).toBe(0);
  });
});
