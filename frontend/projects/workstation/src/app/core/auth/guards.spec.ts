import { TestBed } from '@angular/core/testing';
import { CanMatchFn, PartialMatchRouteSnapshot, UrlTree, provideRouter } from '@angular/router';
import { CurrentUser } from './current-user';
import { requireRole, signedIn, toHomeArea } from './guards';
import { Session } from './session';

function givenSession(user: CurrentUser | null): void {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: Session, useValue: { restore: () => Promise.resolve(user) } },
    ],
  });
}

function userWith(...roles: string[]): CurrentUser {
  return { username: 'someone', displayName: 'Someone', roles };
}

/** Runs the guard as the router would: `true` when it lets the user in, else the redirect URL. */
async function check(guard: CanMatchFn): Promise<true | string> {
  const result = await TestBed.runInInjectionContext(() =>
    guard({}, [], {} as PartialMatchRouteSnapshot),
  );
  if (result === true) {
    return true;
  }
  if (result instanceof UrlTree) {
    return result.toString();
  }
  throw new Error(`Unexpected guard result: ${String(result)}`);
}

describe('requireRole', () => {
  it('lets in a user who holds the role', async () => {
    givenSession(userWith('agent', 'supervisor'));

    expect(await check(requireRole('supervisor'))).toBe(true);
  });

  it('redirects a user who lacks the role to their home area', async () => {
    givenSession(userWith('agent'));

    expect(await check(requireRole('admin'))).toBe('/agent');
  });

  it('redirects to the login page when nobody is signed in', async () => {
    givenSession(null);

    expect(await check(requireRole('agent'))).toBe('/login');
  });
});

describe('signedIn', () => {
  it('lets in a signed-in user', async () => {
    givenSession(userWith('agent'));

    expect(await check(signedIn)).toBe(true);
  });

  it('redirects to the login page when nobody is signed in', async () => {
    givenSession(null);

    expect(await check(signedIn)).toBe('/login');
  });
});

describe('toHomeArea', () => {
  async function redirect(): Promise<unknown> {
    return TestBed.runInInjectionContext(() => toHomeArea({} as PartialMatchRouteSnapshot));
  }

  it('redirects a signed-in user to their home area', async () => {
    givenSession(userWith('supervisor'));

    expect(await redirect()).toBe('/supervisor');
  });

  it('redirects to the login page when nobody is signed in', async () => {
    givenSession(null);

    expect(await redirect()).toBe('/login');
  });
});
