import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Session } from './session';

/**
 * Ends the local session and shows the login page when the server answers an API call with 401:
 * the session cookie has expired or was invalidated. Calls to `/api/auth/*` are exempt, because
 * there a 401 is an ordinary answer (wrong password, nobody signed in) that the caller handles.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && isGuarded(request.url)) {
        session.clear();
        void router.navigateByUrl('/login');
      }
      return throwError(() => error);
    }),
  );
};

function isGuarded(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/auth/');
}
