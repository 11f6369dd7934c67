import { DOCUMENT, Injectable, Signal, inject, signal } from '@angular/core';
import {
  ConnectionHandlers,
  ConnectionStatus,
  ReconnectingSocket,
  sameOriginSocketUrl,
} from '@parley/shared';
import { CLOCK } from '../time/clock';
import { WEB_SOCKET_FACTORY } from './web-socket';

export interface Connection {
  readonly status: Signal<ConnectionStatus>;
  /** Closes the socket for good: no more reconnects. */
  close(): void;
}

/**
 * Opens same-origin WebSockets that stay up: the shared `ReconnectingSocket` (reconnects with
 * backoff and jitter, pings while open) with its status as a signal for templates. The login
 * session cookie authenticates the handshake.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeClient {
  private readonly factory = inject(WEB_SOCKET_FACTORY);
  private readonly clock = inject(CLOCK);
  private readonly location = inject(DOCUMENT).location;

  connect(path: string, handlers: Omit<ConnectionHandlers, 'status'>): Connection {
    const status = signal<ConnectionStatus>('connecting');
    const socket = new ReconnectingSocket(
      {
        url: sameOriginSocketUrl(path, this.location),
        factory: this.factory,
        clock: this.clock,
        closeReason: 'workstation closed',
      },
      { ...handlers, status: (next) => status.set(next) },
    );
    return { status: status.asReadonly(), close: () => socket.close() };
  }
}
