import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FakeClock } from '@parley/shared/testing';
import { Session } from '../../core/auth/session';
import { CLOCK } from '../../core/time/clock';
import { AgentDesk, DeskListener } from '../agent-desk';
import { Colleagues, DIRECTORY_REFRESH_MS } from './colleagues';

describe('Colleagues', () => {
  let http: HttpTestingController;
  let clock: FakeClock;
  let listeners: DeskListener[];
  let colleagues: Colleagues;

  beforeEach(() => {
    clock = new FakeClock();
    listeners = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        Colleagues,
        { provide: CLOCK, useValue: clock },
        { provide: AgentDesk, useValue: { listen: (l: DeskListener) => listeners.push(l) } },
        { provide: Session, useValue: { user: signal({ username: 'alice' }) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    colleagues = TestBed.inject(Colleagues);
  });

  afterEach(() => http.verify());

  const presence = () => listeners.forEach((l) => l.frame?.({ type: 'presence' }));

  it('is read while watched, every 15 s and on presence frames, and not after', () => {
    presence();
    http.expectNone('/api/agent/directory');

    const stopFirst = colleagues.watch();
    const stopSecond = colleagues.watch();
    http.match('/api/agent/directory').forEach((read) =>
      read.flush([
        {
          username: 'alice',
          displayName: 'A',
          presence: 'AVAILABLE',
          breakReason: null,
          skills: ['b'],
        },
        {
          username: 'bob',
          displayName: 'B',
          presence: 'BREAK',
          breakReason: 'Lunch',
          skills: ['c', 'a', 'b'],
        },
      ]),
    );
    expect(colleagues.others().map((c) => c.username)).toEqual(['bob']);
    expect(colleagues.skills()).toEqual(['a', 'b', 'c']);

    clock.advance(DIRECTORY_REFRESH_MS);
    http.expectOne('/api/agent/directory').flush([]);
    presence();
    http.expectOne('/api/agent/directory').flush([]);

    stopFirst();
    stopFirst();
    clock.advance(DIRECTORY_REFRESH_MS);
    http.expectOne('/api/agent/directory').flush([]);
    stopSecond();
    clock.advance(DIRECTORY_REFRESH_MS);
    presence();
    http.expectNone('/api/agent/directory');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('says so when the directory cannot be read', () => {
    colleagues.refresh();
    http.expectOne('/api/agent/directory').flush({}, { status: 500, statusText: 'Error' });

    expect(colleagues.failed()).toBe(true);
    expect(colleagues.loaded()).toBe(true);
  });
});
