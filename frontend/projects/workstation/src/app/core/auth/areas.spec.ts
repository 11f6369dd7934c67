import { areasFor, homeAreaFor } from './areas';
import { CurrentUser } from './current-user';

function userWith(...roles: string[]): CurrentUser {
  return { username: 'someone', displayName: 'Someone', roles };
}

describe('homeAreaFor', () => {
  it('sends an agent to the agent workstation', () => {
    expect(homeAreaFor(userWith('agent'))).toBe('/agent');
  });

  it('sends a supervisor who is also an agent to the supervisor dashboard', () => {
    expect(homeAreaFor(userWith('agent', 'supervisor'))).toBe('/supervisor');
  });

  it('sends an administrator to administration whatever else they are', () => {
    expect(homeAreaFor(userWith('agent', 'admin', 'supervisor'))).toBe('/admin');
  });

  it('has no home area for a user without a known role', () => {
    expect(homeAreaFor(userWith('auditor'))).toBeNull();
    expect(homeAreaFor(userWith())).toBeNull();
  });

  it('has no home area when nobody is signed in', () => {
    expect(homeAreaFor(null)).toBeNull();
  });
});

describe('areasFor', () => {
  it('lists only the areas the roles open, in navigation order', () => {
    expect(areasFor(userWith('admin', 'agent')).map((area) => area.path)).toEqual([
      '/agent',
      '/admin',
    ]);
  });

  it('lists nothing when nobody is signed in', () => {
    expect(areasFor(null)).toEqual([]);
  });
});
