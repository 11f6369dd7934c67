import { InjectionToken } from '@angular/core';
import { WebSocketFactory, browserWebSocket } from '@parley/shared';

/** Opens WebSockets; tests provide a factory that hands out fakes (`fakeWebSocketFactory`). */
export const WEB_SOCKET_FACTORY = new InjectionToken<WebSocketFactory>('WEB_SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => browserWebSocket,
});
