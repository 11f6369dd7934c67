import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeClock } from '@parley/shared/testing';
import { INFO, message } from '../chat/chat-fixtures';
import { CLOCK } from '../core/time/clock';
import { ConversationTranscript, SUPERVISOR_REFRESH_MS } from './conversation-transcript';

describe('ConversationTranscript', () => {
  let http: HttpTestingController;
  let clock: FakeClock;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    clock = new FakeClock();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'supervisor/conversations/:id', component: ConversationTranscript },
        ]),
        { provide: CLOCK, useValue: clock },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  function all(testId: string): HTMLElement[] {
    return Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        `[data-testid="${testId}"]`,
      ),
    );
  }

  /**
   * The contact has no recordings (the list is read beside the transcript); it is a contact of
   * `jane@example.com` (read for the customer's history, which is read only when opened).
   */
  async function noRecordings(id: string): Promise<void> {
    await vi.waitFor(() => http.expectOne(`/api/supervisor/contacts/${id}/recordings`).flush([]));
    contactOf(id);
  }

  function contactOf(id: string): void {
    http
      .expectOne(`/api/contacts/${id}`)
      .flush({ contact: { id, channel: 'CHAT', customer: 'jane@example.com' } });
  }

  it('shows every message, notes included, read-only, and reads what came after', async () => {
    await harness.navigateByUrl('/supervisor/conversations/c-1');
    await noRecordings('c-1');
    await vi.waitFor(() => http.expectOne('/api/agent/conversations/c-1').flush(INFO));
    http
      .expectOne('/api/agent/conversations/c-1/messages?after=0')
      .flush([
        message(1),
        message(2, { kind: 'NOTE', visibility: 'AGENTS', author: { role: 'AGENT', name: 'Al' } }),
        message(3, { kind: 'EVENT', author: { role: 'SYSTEM', name: null }, text: 'Al joined' }),
      ]);
    await harness.fixture.whenStable();

    expect(all('chat-message').map((m) => m.dataset['kind'])).toEqual(['TEXT', 'NOTE', 'EVENT']);
    expect(all('chat-note-label').map((l) => l.textContent?.trim())).toEqual(['Internal note']);
    expect(all('chat-input')).toHaveLength(0);
    expect(all('conversation-who')[0].textContent).toContain('Jane Doe');

    clock.advance(SUPERVISOR_REFRESH_MS);
    http.expectOne('/api/agent/conversations/c-1/messages?after=3').flush([message(3), message(4)]);
    await harness.fixture.whenStable();
    expect(all('chat-message').map((m) => m.dataset['seq'])).toEqual(['1', '2', '3', '4']);
  });

  it('says so when the conversation cannot be read', async () => {
    await harness.navigateByUrl('/supervisor/conversations/c-9');
    await noRecordings('c-9');
    await vi.waitFor(() =>
      http
        .expectOne('/api/agent/conversations/c-9/messages?after=0')
        .flush({ error: 'no' }, { status: 404, statusText: 'Not Found' }),
    );
    http
      .expectOne('/api/agent/conversations/c-9')
      .flush({ error: 'no' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect(all('transcript-error')).toHaveLength(1);
  });

  it("lists the contact's recordings with a player, for supervisors", async () => {
    await harness.navigateByUrl('/supervisor/conversations/c-1');
    await vi.waitFor(() => http.expectOne('/api/agent/conversations/c-1').flush(INFO));
    http.expectOne('/api/agent/conversations/c-1/messages?after=0').flush([]);
    contactOf('c-1');
    http.expectOne('/api/supervisor/contacts/c-1/recordings').flush([
      {
        id: 'r-9',
        contact: 'c-1',
        kind: 'CALL',
        channel: 'VOICE',
        agents: ['alice'],
        experts: [],
        durationMillis: 65_000,
        video: false,
        state: 'READY',
        pauses: [],
      },
    ]);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    const recording = all('contact-recording')[0];
    expect(recording.textContent).toContain('alice');
    expect(recording.querySelector('audio')?.getAttribute('src')).toBe(
      '/api/supervisor/recordings/r-9/media',
    );
  });

  it("shows the customer's history on every channel, each earlier call with its recordings", async () => {
    await harness.navigateByUrl('/supervisor/conversations/c-1');
    await noRecordings('c-1');
    await vi.waitFor(() => http.expectOne('/api/agent/conversations/c-1').flush(INFO));
    http.expectOne('/api/agent/conversations/c-1/messages?after=0').flush([]);
    await harness.fixture.whenStable();

    all('history-toggle')[0].click();
    harness.fixture.detectChanges();
    http.expectOne('/api/customers/jane%40example.com/contacts').flush([
      { id: 'c-1', channel: 'CHAT', customer: 'jane@example.com', queue: 'q', state: 'ACTIVE' },
      {
        id: 'c-0',
        channel: 'VOICE',
        customer: 'jane@example.com',
        queue: 'Sales',
        state: 'CLOSED',
        assignedAgent: 'alice',
        disposition: null,
        receivedAt: '2026-12-01T10:00:00Z',
      },
    ]);
    await harness.fixture.whenStable();
    expect(all('history-entry').map((e) => e.dataset['contact'])).toEqual(['c-0']);

    all('history-entry-toggle')[0].click();
    harness.fixture.detectChanges();
    http.expectOne('/api/supervisor/contacts/c-0/recordings').flush([
      {
        id: 'r-7',
        contact: 'c-0',
        kind: 'CALL',
        channel: 'VOICE',
        agents: ['alice'],
        experts: [],
        durationMillis: 30_000,
        video: false,
        state: 'READY',
        pauses: [],
      },
    ]);
    await harness.fixture.whenStable();
    const inHistory = all('history-entry')[0].querySelector('[data-testid="contact-recording"]');
    expect(inHistory?.getAttribute('data-recording-id')).toBe('r-7');
    expect(inHistory?.querySelector('audio')?.getAttribute('src')).toBe(
      '/api/supervisor/recordings/r-7/media',
    );
  });
});
