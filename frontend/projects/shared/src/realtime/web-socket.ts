/** The part of the browser's `WebSocket` that Parley uses, so tests can pass a fake. */
export interface WebSocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

/** Opens real browser WebSockets; tests hand out fakes instead (`fakeWebSocketFactory`). */
export const browserWebSocket: WebSocketFactory = (url) => new WebSocket(url);

/** The `ws:` or `wss:` URL of `path` on the origin the page came from. */
export function sameOriginSocketUrl(path: string, location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}
