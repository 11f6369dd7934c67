import { WebSocketFactory, WebSocketLike } from '../realtime/web-socket';

/** A WebSocket for tests: the test opens it, pushes frames into it and closes it by hand. */
export class FakeWebSocket implements WebSocketLike {
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: string[] = [];
  closedByClient: { code?: number; reason?: string } | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(data);
  }

  close(code?: number, reason?: string): void {
    this.closedByClient = { code, reason };
  }

  /** The server accepted the handshake. */
  serverOpens(): void {
    this.onopen?.(new Event('open'));
  }

  /** The server sent `frame` (serialised as JSON unless it is already a string). */
  serverSends(frame: unknown): void {
    const data = typeof frame === 'string' ? frame : JSON.stringify(frame);
    this.onmessage?.(new MessageEvent('message', { data }));
  }

  /** The connection dropped or the server closed it. */
  serverCloses(code = 1006, reason = ''): void {
    this.onclose?.(new CloseEvent('close', { code, reason, wasClean: code === 1000 }));
  }
}

/** A factory that remembers every socket it opened, newest last. */
export function fakeWebSocketFactory(): { factory: WebSocketFactory; sockets: FakeWebSocket[] } {
  const sockets: FakeWebSocket[] = [];
  return {
    sockets,
    factory: (url) => {
      const socket = new FakeWebSocket(url);
      sockets.push(socket);
      return socket;
    },
  };
}
