import { TestBed } from '@angular/core/testing';
import { Clock } from '../time/clock';
import { FakeClock } from '../time/fake-clock';
import { FakeWebSocket, fakeWebSocketFactory } from './fake-web-socket';
import { Connection, Frame, HEARTBEAT_MS, RealtimeClient, parseFrame } from './realtime-client';
import { WEB_SOCKET_FACTORY, sameOriginSocketUrl } from './web-socket';

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
        { provide: Clock, useValue: clock },
        { provide: WEB_SOCKET_FACTORY, useValue: fake.factory },
      ],
    });
    connection = TestBed.inject(RealtimeClient).connect('/ws/agent', {
      frame: (frame) => frames.push(frame),
      open: () => opens++,
    });
  });

  afterEach(() => vi.restoreAllMocks());

  /** Closes the newest socket and returns how long the client waited before the next one. */
  function dropAndMeasureRetry(): number {
    const before = sockets.length;
    sockets[before - 1].serverCloses(1006);
    let waited = 0;
    while (sockets.length === before) {
      if (waited > 60_000) {
        throw new Error('no reconnect within a minute');
      }
      clock.advance(100);
      waited += 100;
    }
    return waited;
  }

  it('connects to the path on the page origin and passes on typed frames', () => {
    expect(sockets.map((socket) => socket.url)).toEqual([`ws://${location.host}/ws/agent`]);
    expect(connection.status()).toBe('connecting');

    sockets[0].serverOpens();
    sockets[0].serverSends({ type: 'offer', offer: { contactId: 'c-1' } });

    expect(connection.status()).toBe('open');
    expect(opens).toBe(1);
    expect(frames).toEqual([{ type: 'offer', offer: { contactId: 'c-1' } }]);
  });

  it('drops frames that are not JSON objects with a type', () => {
    sockets[0].serverOpens();
    sockets[0].serverSends('{broken');
    sockets[0].serverSends({ kind: 'offer' });
    sockets[0].serverSends([1, 2]);
    sockets[0].serverSends({ type: 7 });

    expect(frames).toEqual([]);
  });

  it('reconnects with a backoff that doubles up to a limit and resets once connected', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // the shortest delay the jitter allows
    sockets[0].serverOpens();

    const delays = Array.from({ length: 7 }, () => dropAndMeasureRetry());
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
    expect(connection.status()).toBe('connecting');

    sockets[sockets.length - 1].serverOpens();
    expect(opens).toBe(2);
    expect(dropAndMeasureRetry()).toBe(500);
  });

  it('waits no longer than the full backoff', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);

    expect(dropAndMeasureRetry()).toBe(1_000);
    expect(dropAndMeasureRetry()).toBe(2_000);
  });

  it('reports that it is reconnecting while the socket is down', () => {
    sockets[0].serverOpens();
    sockets[0].serverCloses(1006);

    expect(connection.status()).toBe('reconnecting');
  });

  it('pings while open and stops when the socket drops', () => {
    sockets[0].serverOpens();
    clock.advance(HEARTBEAT_MS * 2);
    expect(sockets[0].sent.map((data) => JSON.parse(data))).toEqual([
      { type: 'ping', seq: 1 },
      { type: 'ping', seq: 2 },
    ]);

    sockets[0].serverCloses(1006);
    clock.advance(HEARTBEAT_MS * 2);
    expect(sockets[0].sent).toHaveLength(2);
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

  it('cancels a pending reconnect when closed by the client', () => {
    sockets[0].serverCloses(1006);

    connection.close();
    clock.advance(120_000);

    expect(sockets).toHaveLength(1);
  });
});

describe('sameOriginSocketUrl', () => {
  it('uses wss on an https page and ws on an http page', () => {
    const https = { protocol: 'https:', host: 'parley.example:8443' } as Location;
    const http = { protocol: 'http:', host: 'localhost:4200' } as Location;

    expect(sameOriginSocketUrl('/ws/agent', https)).toBe('wss://parley.example:8443/ws/agent');
    expect(sameOriginSocketUrl('/ws/agent', http)).toBe('ws://localhost:4200/ws/agent');
  });
});

describe('parseFrame', () => {
  it('accepts a JSON object with a string type and nothing else', () => {
    expect(parseFrame('{"type":"pong","seq":3}')).toEqual({ type: 'pong', seq: 3 });
    expect(parseFrame('null')).toBeNull();
    expect(parseFrame('"offer"')).toBeNull();
    expect(parseFrame(new ArrayBuffer(2))).toBeNull();
  });
});
