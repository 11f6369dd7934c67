import { inject } from '@angular/core';
import { CanMatchFn, RedirectFunction, Router } from '@angular/router';
import { hasRole, homeAreaFor } from './areas';
import { Role } from './current-user';
import { Session } from './session';

/** Lets only a signed-in user through; anyone else goes to the login page. */
export const signedIn: CanMatchFn = async () => {
  const router = inject(Router);
  const user = await inject(Session).restore();
  return user ? true : router.parseUrl('/login');
};

/** Lets through a user who holds `role`; sends others to their home area (or to log in). */
export function requireRole(role: Role): CanMatchFn {
  return async () => {
    const router = inject(Router);
    const user = await inject(Session).restore();
    if (hasRole(user, role)) {
      return true;
    }
    return router.parseUrl(homeAreaFor(user) ?? '/login');
  };
}

/** Redirects to the signed-in user's home area, or to the login page. */
export const toHomeArea: RedirectFunction = async () => {
  const user = await inject(Session).restore();
  return homeAreaFor(user) ?? '/login';
};
