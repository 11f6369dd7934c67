import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Credentials, CurrentUser } from './current-user';

export type SignInResult =
  | { readonly ok: true; readonly user: CurrentUser }
  | { readonly ok: false; readonly reason: 'invalid-credentials' | 'unavailable' };

/**
 * The sign-in state of this browser tab. The server keeps the session in a cookie, so after a
 * page load the client does not know whether it is signed in until it has asked `/api/auth/me`;
 * `restore()` asks once and remembers the answer.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<CurrentUser | null>(null);
  /** Settles when the server has said whether a session already exists. */
  private restoration: Promise<void> | null = null;

  /** The signed-in user, or `null` when nobody is signed in. */
  readonly user = this.currentUser.asReadonly();

  async signIn(credentials: Credentials): Promise<SignInResult> {
    try {
      const user = await firstValueFrom(
        this.http.post<CurrentUser>('/api/auth/login', credentials),
      );
      this.currentUser.set(user);
      this.restoration = Promise.resolve();
      return { ok: true, user };
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse)) {
        throw error;
      }
      this.clear();
      return { ok: false, reason: error.status === 401 ? 'invalid-credentials' : 'unavailable' };
    }
  }

  /** The signed-in user; the first call after a page load asks the server. */
  async restore(): Promise<CurrentUser | null> {
    this.restoration ??= firstValueFrom(this.http.get<CurrentUser>('/api/auth/me')).then(
      (user) => this.currentUser.set(user),
      // 401 means nobody is signed in. Any other failure is treated the same way: the login
      // page is where the user finds out whether the server can be reached.
      () => undefined,
    );
    await this.restoration;
    return this.currentUser();
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null));
    } catch {
      // Signing out always succeeds locally; the server expires a session it still holds.
    } finally {
      this.clear();
    }
  }

  /** Forgets the user without asking the server, e.g. when it reports the session expired. */
  clear(): void {
    this.currentUser.set(null);
    this.restoration = Promise.resolve();
  }
}
