import { CurrentUser, Role } from './current-user';

/** A work area of the app and the role that opens it. */
export interface Area {
  readonly role: Role;
  readonly path: string;
  readonly label: string;
}

/** All areas, in the order the navigation shows them. */
export const AREAS: readonly Area[] = [
  { role: 'agent', path: '/agent', label: 'Agent' },
  { role: 'supervisor', path: '/supervisor', label: 'Supervisor' },
  { role: 'admin', path: '/admin', label: 'Admin' },
];

/** A user lands in the first area of this list that their roles open. */
const HOME_AREA_PRIORITY: readonly Role[] = ['admin', 'supervisor', 'agent'];

export function hasRole(user: CurrentUser | null, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}

/** The areas the user may enter, in navigation order. */
export function areasFor(user: CurrentUser | null): Area[] {
  return AREAS.filter((area) => hasRole(user, area.role));
}

/** The path of the user's home area, or `null` when none of their roles opens an area. */
export function homeAreaFor(user: CurrentUser | null): string | null {
  const role = HOME_AREA_PRIORITY.find((candidate) => hasRole(user, candidate));
  return AREAS.find((area) => area.role === role)?.path ?? null;
}
