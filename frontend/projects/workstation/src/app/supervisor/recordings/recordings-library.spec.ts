import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { Recording, RecordingPage } from './recordings-api';
import { RecordingsLibrary } from './recordings-library';

function recording(changes: Partial<Recording> = {}): Recording {
  return {
    id: 'r-1',
    contact: 'c-1',
    kind: 'CALL',
    channel: 'VIDEO',
    source: 'BROWSER',
    queue: 'Support',
    customerId: 'v-1',
    customerName: 'Rosa',
    customerAddress: 'visitor:v-1',
    agents: ['alice'],
    experts: ['bob'],
    startedAt: '2026-12-05T10:00:00Z',
    endedAt: '2026-12-05T10:01:05Z',
    durationMillis: 61_400,
    sizeBytes: 2_000_000,
    video: true,
    state: 'READY',
    problem: null,
    paused: false,
    pauses: [{ at: '2026-12-05T10:00:20Z', resumedAt: '2026-12-05T10:00:24Z', by: 'alice' }],
    legalHold: false,
    expiresAt: null,
    tracks: [],
    ...changes,
  };
}

const PAGE: RecordingPage = { items: [recording()], total: 1, page: 0, size: 20 };

describe('RecordingsLibrary', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(RecordingsLibrary);
    http
      .expectOne((r) => r.url === '/api/supervisor/recordings' && r.params.get('page') === '0')
      .flush(PAGE);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  function find<T extends HTMLElement>(root: HTMLElement, testId: string): T {
    const found = root.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) {
      throw new Error(`no ${testId}`);
    }
    return found;
  }

  it('searches by agent and date range, newest first', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    expect(find(root, 'recordings-total').textContent).toContain('1 recording');
    const agent = find<HTMLInputElement>(root, 'recordings-agent');
    agent.value = 'alice';
    agent.dispatchEvent(new Event('input'));
    const from = find<HTMLInputElement>(root, 'recordings-from');
    from.value = '2026-12-05T09:00';
    from.dispatchEvent(new Event('input'));
    find<HTMLButtonElement>(root, 'recordings-search').click();
    const request = http.expectOne((r) => r.url === '/api/supervisor/recordings');
    expect(request.request.params.get('agent')).toBe('alice');
    expect(request.request.params.get('from')).toBe(new Date('2026-12-05T09:00').toISOString());
    expect(request.request.params.get('sort')).toBe('STARTED');
    expect(request.request.params.has('to')).toBe(false);
    request.flush({ ...PAGE, items: [] });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(root.textContent).toContain('No recording matches.');
  });

  it('plays a chosen recording from its media URL, offers the download and shows its pauses', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    find<HTMLButtonElement>(root, 'recording-row').querySelector('button')!.click();
    fixture.detectChanges();
    const player = find<HTMLVideoElement>(root, 'recording-player');
    expect(player.getAttribute('src')).toBe('/api/supervisor/recordings/r-1/media');
    expect(find<HTMLAnchorElement>(root, 'recording-download').getAttribute('href')).toBe(
      '/api/supervisor/recordings/r-1/media?download=true',
    );
    expect(find(root, 'recording-pauses').textContent).toContain('by alice');
    expect(root.textContent).toContain('bob (expert)');
  });

  it('puts a recording under legal hold', async () => {
    const fixture = await render();
    const root = fixture.nativeElement as HTMLElement;
    find<HTMLButtonElement>(root, 'recording-row').querySelector('button')!.click();
    fixture.detectChanges();
    find<HTMLInputElement>(root, 'recording-legal-hold').click();
    const request = http.expectOne('/api/supervisor/recordings/r-1/legal-hold');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ hold: true });
    request.flush(recording({ legalHold: true }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(find(root, 'recording-row').textContent).toContain('legal hold');
  });
});
