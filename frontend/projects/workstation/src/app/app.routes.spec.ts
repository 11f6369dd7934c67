import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeClock, fakeWebSocketFactory } from '@parley/shared/testing';
import { routes } from './app.routes';
import { CurrentUser } from './core/auth/current-user';
import { WEB_SOCKET_FACTORY } from './core/realtime/web-socket';
import { CLOCK } from './core/time/clock';

/** Navigation through the real routes and guards, with only the server faked. */
describe('app routes', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideHttpClient(),
        provideHttpClientTesting(),
        // The agent area opens its live socket and loads its state; neither matters here.
        { provide: WEB_SOCKET_FACTORY, useValue: fakeWebSocketFactory().factory },
        { provide: CLOCK, useValue: new FakeClock() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.match((request) => request.url.startsWith('/api/agent/'));
    http.verify();
  });

  /** Navigates while the server reports `user` as signed in (or nobody, for `null`). */
  async function visit(url: string, user: CurrentUser | null): Promise<string> {
    const navigation = harness.navigateByUrl(url);
    const me = await vi.waitFor(() => http.expectOne('/api/auth/me'));
    if (user) {
      me.flush(user);
    } else {
      me.flush({ error: 'Not signed in' }, { status: 401, statusText: 'Unauthorized' });
    }
    await navigation;
    return TestBed.inject(Router).url;
  }

  function areaTitle(): string | undefined {
    return harness.routeNativeElement
      ?.querySelector('[data-testid="area-title"]')
      ?.textContent?.trim();
  }

  const agent: CurrentUser = { username: 'alice', displayName: 'Alice Agent', roles: ['agent'] };

  it('opens the home area at the root', async () => {
    expect(await visit('/', agent)).toBe('/agent');
    expect(areaTitle()).toBe('Agent workstation');
  });

  it('opens an area the user may enter', async () => {
    const supervisor = { ...agent, roles: ['agent', 'supervisor'] };

    expect(await visit('/supervisor', supervisor)).toBe('/supervisor');
    expect(areaTitle()).toBe('Supervisor dashboard');
  });

  it('turns a user away from an area they may not enter', async () => {
    expect(await visit('/admin', agent)).toBe('/agent');
  });

  it('sends unknown paths to the home area', async () => {
    expect(await visit('/no/such/page', { ...agent, roles: ['admin'] })).toBe('/admin');
    expect(areaTitle()).toBe('Administration');
  });

  it('asks a visitor who is not signed in to log in', async () => {
    expect(await visit('/agent', null)).toBe('/login');
  });
});
