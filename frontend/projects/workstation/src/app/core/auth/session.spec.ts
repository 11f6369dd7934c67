import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUser } from './current-user';
import { Session } from './session';

const ALICE: CurrentUser = { username: 'alice', displayName: 'Alice Agent', roles: ['agent'] };

describe('Session', () => {
  let session: Session;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    session = TestBed.inject(Session);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts signed out', () => {
    expect(session.user()).toBeNull();
  });

  it('signs in with the credentials and remembers the user', async () => {
    const result = session.signIn({ username: 'alice', password: 'secret' });

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ username: 'alice', password: 'secret' });
    request.flush(ALICE);

    expect(await result).toEqual({ ok: true, user: ALICE });
    expect(session.user()).toEqual(ALICE);
  });

  it('reports invalid credentials on 401 and stays signed out', async () => {
    const result = session.signIn({ username: 'alice', password: 'wrong' });

    http
      .expectOne('/api/auth/login')
      .flush({ error: 'Bad credentials' }, { status: 401, statusText: 'Unauthorized' });

    expect(await result).toEqual({ ok: false, reason: 'invalid-credentials' });
    expect(session.user()).toBeNull();
  });

  it('reports the server unavailable on other errors', async () => {
    const result = session.signIn({ username: 'alice', password: 'secret' });

    http.expectOne('/api/auth/login').flush(null, { status: 503, statusText: 'Unavailable' });

    expect(await result).toEqual({ ok: false, reason: 'unavailable' });
    expect(session.user()).toBeNull();
  });

  it('restores an existing session by asking the server once', async () => {
    const first = session.restore();
    const second = session.restore();

    http.expectOne('/api/auth/me').flush(ALICE);

    expect(await first).toEqual(ALICE);
    expect(await second).toEqual(ALICE);
    expect(await session.restore()).toEqual(ALICE);
    expect(session.user()).toEqual(ALICE);
  });

  it('restores nobody when the server has no session', async () => {
    const restored = session.restore();

    http
      .expectOne('/api/auth/me')
      .flush({ error: 'Not signed in' }, { status: 401, statusText: '' });

    expect(await restored).toBeNull();
    expect(session.user()).toBeNull();
  });

  it('does not ask the server to restore after signing in', async () => {
    const signedIn = session.signIn({ username: 'alice', password: 'secret' });
    http.expectOne('/api/auth/login').flush(ALICE);
    await signedIn;

    expect(await session.restore()).toEqual(ALICE);
    http.expectNone('/api/auth/me');
  });

  it('signs out on the server and forgets the user', async () => {
    const signedIn = session.signIn({ username: 'alice', password: 'secret' });
    http.expectOne('/api/auth/login').flush(ALICE);
    await signedIn;

    const signedOut = session.signOut();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;

    expect(session.user()).toBeNull();
  });

  it('forgets the user even when the server cannot be reached to sign out', async () => {
    const signedIn = session.signIn({ username: 'alice', password: 'secret' });
    http.expectOne('/api/auth/login').flush(ALICE);
    await signedIn;

    const signedOut = session.signOut();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    await signedOut;

    expect(session.user()).toBeNull();
  });
});
