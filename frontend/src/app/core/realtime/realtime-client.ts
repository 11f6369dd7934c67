import { DOCUMENT, Injectable, Signal, inject, signal } from '@angular/core';
import { Cancel, Clock } from '../time/clock';
import { WEB_SOCKET_FACTORY, WebSocketLike, sameOriginSocketUrl } from './web-socket';

/** Every frame on a Parley socket is a JSON object with a string `type`. */
export interface Frame {
  readonly type: string;
  readonly [field: string]: unknown;
}

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ConnectionHandlers {
  /** Each well-formed frame the server sends. Frames that are not JSON objects with a `type` are dropped. */
  readonly frame: (frame: Frame) => void;
  /** The socket (re)opened; frames may have been missed while it was down. */
  readonly open?: () => void;
  /** The socket closed; the client will try again. */
  readonly close?: (event: CloseEvent) => void;
}

export interface Connection {
  readonly status: Signal<ConnectionStatus>;
  /** Closes the socket for good: no more reconnects. */
  close(): void;
}

/** First reconnect delay; doubled after each failed attempt up to `MAX_BACKOFF_MS`. */
export const INITIAL_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 30_000;
/** How often an open socket sends `ping`, which keeps idle proxies from dropping it. */
export const HEARTBEAT_MS = 25_000;

/**
 * Opens same-origin WebSockets that stay up: a lost connection is retried with exponential
 * backoff (with jitter, so that a restarted server is not hit by every agent at once), and an
 * open one sends a `ping` now and then. The login session cookie authenticates the handshake.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeClient {
  private readonly factory = inject(WEB_SOCKET_FACTORY);
  private readonly clock = inject(Clock);
  private readonly location = inject(DOCUMENT).location;

  connect(path: string, handlers: ConnectionHandlers): Connection {
    return new ReconnectingSocket(
      sameOriginSocketUrl(path, this.location),
      this.factory,
      this.clock,
      handlers,
    );
  }
}

class ReconnectingSocket implements Connection {
  private readonly state = signal<ConnectionStatus>('connecting');
  readonly status = this.state.asReadonly();

  private socket: WebSocketLike | null = null;
  private backoffMs = INITIAL_BACKOFF_MS;
  private pingSeq = 0;
  private cancelRetry: Cancel | null = null;
  private cancelHeartbeat: Cancel | null = null;

  constructor(
    private readonly url: string,
    private readonly factory: (url: string) => WebSocketLike,
    private readonly clock: Clock,
    private readonly handlers: ConnectionHandlers,
  ) {
    this.open();
  }

  close(): void {
    this.state.set('closed');
    this.cancelRetry?.();
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'workstation closed');
    }
  }

  private open(): void {
    const socket = this.factory(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.state.set('open');
      this.backoffMs = INITIAL_BACKOFF_MS;
      this.cancelHeartbeat = this.clock.repeat(HEARTBEAT_MS, () =>
        socket.send(JSON.stringify({ type: 'ping', seq: ++this.pingSeq })),
      );
      this.handlers.open?.();
    };
    socket.onmessage = (event) => {
      const frame = parseFrame(event.data);
      if (frame) {
        this.handlers.frame(frame);
      }
    };
    // A failed socket also reports `close`, which is where the retry is scheduled.
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      this.socket = null;
      this.stopHeartbeat();
      if (this.state() === 'closed') {
        return;
      }
      this.state.set('reconnecting');
      this.handlers.close?.(event);
      this.retryLater();
    };
  }

  private retryLater(): void {
    // Between half and all of the current backoff.
    const delay = Math.round(this.backoffMs * (0.5 + Math.random() / 2));
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.cancelRetry = this.clock.schedule(delay, () => {
      this.cancelRetry = null;
      this.state.set('connecting');
      this.open();
    });
  }

  private stopHeartbeat(): void {
    this.cancelHeartbeat?.();
    this.cancelHeartbeat = null;
  }
}

/** The frame in `data`, or `null` when it is not a JSON object with a string `type`. */
export function parseFrame(data: unknown): Frame | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(data);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { type?: unknown }).type === 'string'
    ) {
      return parsed as Frame;
    }
  } catch {
    // Not JSON: dropped like any other malformed frame.
  }
  return null;
}
