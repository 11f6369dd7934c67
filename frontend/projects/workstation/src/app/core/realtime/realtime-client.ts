import { DOCUMENT, Injectable, Signal, inject, signal } from '@angular/core';
import {
  ConnectionHandlers,
  ConnectionStatus,
  Frame,
  ReconnectingSocket,
  WebSocketLike,
  sameOriginSocketUrl,
} from '@parley/shared';
import { CLOCK } from '../time/clock';
import { WEB_SOCKET_FACTORY } from './web-socket';

export interface Connection {
  readonly status: Signal<ConnectionStatus>;
  /**
   * Sends `frame` if the socket is open, and says whether it did. Nothing is queued: a frame
   * that cannot be sent now is dropped (callers send only what may be lost, such as typing).
   */
  send(frame: Frame): boolean;
  /** Closes the socket for good: no more reconnects. */
  close(): void;
}

/**
 * Opens same-origin WebSockets that stay up: the shared `ReconnectingSocket` (reconnects with
 * backoff and jitter, pings while open) with its status as a signal for templates. The login
 * session cookie authenticates the handshake. Frames go out through `send` while the socket is open.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeClient {
  private readonly factory = inject(WEB_SOCKET_FACTORY);
  private readonly clock = inject(CLOCK);
  private readonly location = inject(DOCUMENT).location;

  connect(path: string, handlers: Omit<ConnectionHandlers, 'status'>): Connection {
    const status = signal<ConnectionStatus>('connecting');
    // The socket the reconnecting socket opened last; frames go out on it while it is open.
    let current: WebSocketLike | null = null;
    const socket = new ReconnectingSocket(
      {
        url: sameOriginSocketUrl(path, this.location),
        factory: (url) => (current = this.factory(url)),
        clock: this.clock,
        closeReason: 'workstation closed',
      },
      { ...handlers, status: (next) => status.set(next) },
    );
    return {
      status: status.asReadonly(),
      send: (frame) => {
        if (status() !== 'open' || current === null) {
          return false;
        }
        current.send(JSON.stringify(frame));
        return true;
      },
      close: () => socket.close(),
    };
  }
}
