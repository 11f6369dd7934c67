import { TestBed } from '@angular/core/testing';
import { Frame } from '@parley/shared';
import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { CLOCK } from '../time/clock';
import { Connection, RealtimeClient } from './realtime-client';
import { WEB_SOCKET_FACTORY } from './web-socket';

/**
 * The Angular side of the realtime client: same-origin URL, status as a signal, the workstation's
 * close reason. Reconnects, backoff and pings are `ReconnectingSocket`'s (see its spec in
 * `@parley/shared`).
 */
describe('RealtimeClient', () => {
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let frames: Frame[];
  let opens: number;
  let connection: Connection;

  beforeEach(() => {
    clock = new FakeClock();
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    frames = [];
    opens = 0;
    TestBed.configureTestingModule({
      providers: [
        { provide: CLOCK, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
      ],
    });
    connection = TestBed.inject(RealtimeClient).connect('/ws/agent', {
      frame: (frame) => frames.push(frame),
      open: () => opens++,
    });
  });

  it('connects to the path on the page origin and passes on typed frames', () => {
    expect(sockets.map((socket) => socket.url)).toEqual([`ws://${location.host}/ws/agent`]);
    expect(connection.status()).toBe('connecting');

    sockets[0].serverOpens();
    sockets[0].serverSends({ type: 'offer', offer: { contactId: 'c-1' } });

    expect(connection.status()).toBe('open');
    expect(opens).toBe(1);
    expect(frames).toEqual([{ type: 'offer', offer: { contactId: 'c-1' } }]);
  });

  it('reports that it is reconnecting while the socket is down', () => {
    sockets[0].serverOpens();
    sockets[0].serverCloses(1006);

    expect(connection.status()).toBe('reconnecting');
  });

  it('sends frames only while the socket is open, on the socket opened last', () => {
    expect(connection.send({ type: 'typing', active: true })).toBe(false);

    sockets[0].serverOpens();
    expect(connection.send({ type: 'typing', active: true })).toBe(true);
    sockets[0].serverCloses(1006);
    expect(connection.send({ type: 'typing', active: false })).toBe(false);

    clock.advance(1_000);
    sockets[1].serverOpens();
    expect(connection.send({ type: 'typing', active: false })).toBe(true);

    expect(sockets[0].sent).toEqual(['{"type":"typing","active":true}']);
    expect(sockets[1].sent).toEqual(['{"type":"typing","active":false}']);
  });

  it('stays closed once closed by the client', () => {
    sockets[0].serverOpens();

    connection.close();
    clock.advance(120_000);

    expect(sockets[0].closedByClient).toEqual({ code: 1000, reason: 'workstation closed' });
    expect(sockets).toHaveLength(1);
    expect(connection.status()).toBe('closed');
    expect(clock.pendingTimers()).toBe(0);
  });
});
