/** A role the server grants. A user may hold several. */
export type Role = 'agent' | 'supervisor' | 'admin';

/** The signed-in user, as `/api/auth/login` and `/api/auth/me` return it. */
export interface CurrentUser {
  readonly username: string;
  readonly displayName: string;
  /** Role names as the server sends them; names this client does not know are ignored. */
  readonly roles: readonly string[];
}

/** What the login form sends to `/api/auth/login`. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}
