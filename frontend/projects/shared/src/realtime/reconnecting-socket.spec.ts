import { FakeClock } from '../testing/fake-clock';
import { FakeWebSocket, fakeWebSocketFactory } from '../testing/fake-web-socket';
import { Frame } from './frame';
import { ConnectionStatus, HEARTBEAT_MS, ReconnectingSocket } from './reconnecting-socket';

describe('ReconnectingSocket', () => {
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let frames: Frame[];
  let opens: number;
  let statuses: ConnectionStatus[];
  let connection: ReconnectingSocket;

  beforeEach(() => {
    clock = new FakeClock();
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    frames = [];
    opens = 0;
    statuses = [];
    connection = new ReconnectingSocket(
      {
        url: 'wss://parley.example/ws/agent',
        factory: fake.factory,
        clock,
        closeReason: 'client closed',
      },
      {
        frame: (frame) => frames.push(frame),
        open: () => opens++,
        status: (status) => statuses.push(status),
      },
    );
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

  it('connects to the URL and passes on typed frames', () => {
    expect(sockets.map((socket) => socket.url)).toEqual(['wss://parley.example/ws/agent']);
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

  it('tells the status handler of every change', () => {
    sockets[0].serverOpens();
    sockets[0].serverCloses(1006);
    clock.advance(1_000);
    connection.close();

    expect(statuses).toEqual(['open', 'reconnecting', 'connecting', 'closed']);
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

    expect(sockets[0].closedByClient).toEqual({ code: 1000, reason: 'client closed' });
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

  it('sends frames as JSON only while open', () => {
    expect(connection.send({ type: 'hello', token: null })).toBe(false);
    sockets[0].serverOpens();

    expect(connection.send({ type: 'hello', token: null })).toBe(true);
    sockets[0].serverCloses(1006);
    expect(connection.send({ type: 'typing', active: true })).toBe(false);

    expect(sockets[0].sent).toEqual(['{"type":"hello","token":null}']);
  });

  it('stays closed when the close handler closes it for good', () => {
    const fake = fakeWebSocketFactory();
    const refused = new ReconnectingSocket(
      {
        url: 'wss://parley.example/ws/visitor/support',
        factory: fake.factory,
        clock,
        closeReason: 'bye',
      },
      { frame: () => undefined, close: (event) => event.code === 1008 && refused.close() },
    );

    fake.sockets[0].serverCloses(1008, 'origin not allowed');
    clock.advance(120_000);

    expect(fake.sockets).toHaveLength(1);
    expect(refused.status()).toBe('closed');
  });
});
