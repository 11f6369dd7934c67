import { Cancel, Clock } from '../time/clock';
import { Frame, parseFrame } from './frame';
import { WebSocketFactory, WebSocketLike } from './web-socket';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ConnectionHandlers {
  /** Each well-formed frame the server sends. Frames that are not JSON objects with a `type` are dropped. */
  readonly frame: (frame: Frame) => void;
  /** The socket (re)opened; frames may have been missed while it was down. */
  readonly open?: () => void;
  /** The socket closed; the client will try again. */
  readonly close?: (event: CloseEvent) => void;
  /** `status()` changed, e.g. for a framework to mirror it into its own reactive state. */
  readonly status?: (status: ConnectionStatus) => void;
}

export interface SocketOptions {
  /** The `ws:`/`wss:` URL to open, e.g. from `sameOriginSocketUrl`. */
  readonly url: string;
  readonly factory: WebSocketFactory;
  readonly clock: Clock;
  /** Sent with the normal closure (1000) when the client closes the socket for good. */
  readonly closeReason: string;
}

/** First reconnect delay; doubled after each failed attempt up to `MAX_BACKOFF_MS`. */
export const INITIAL_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 30_000;
/** How often an open socket sends `ping`, which keeps idle proxies from dropping it. */
export const HEARTBEAT_MS = 25_000;

/**
 * A WebSocket that stays up: a lost connection is retried with exponential backoff (with jitter,
 * so that a restarted server is not hit by every client at once), and an open one sends a `ping`
 * now and then. Plain TypeScript with no framework, so that the workstation (through its Angular
 * `RealtimeClient`) and the visitor widget share it.
 *
 * Invariant: once `close()` was called the status stays `closed`, no socket is opened again and no
 * timer is left running.
 */
export class ReconnectingSocket {
  private current: ConnectionStatus = 'connecting';
  private socket: WebSocketLike | null = null;
  private backoffMs = INITIAL_BACKOFF_MS;
  private pingSeq = 0;
  private cancelRetry: Cancel | null = null;
  private cancelHeartbeat: Cancel | null = null;

  constructor(
    private readonly options: SocketOptions,
    private readonly handlers: ConnectionHandlers,
  ) {
    this.open();
  }

  status(): ConnectionStatus {
    return this.current;
  }

  /**
   * Sends `frame` as JSON if the socket is open, and says whether it did. Nothing is queued: a
   * frame offered while the socket is down is the caller's to send again after the next `open`.
   */
  send(frame: Frame): boolean {
    if (this.current !== 'open' || !this.socket) {
      return false;
    }
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /**
   * Closes the socket for good: no more reconnects. May be called from the `close` handler, e.g.
   * when the server's close code says that trying again is pointless.
   */
  close(): void {
    this.setStatus('closed');
    this.cancelRetry?.();
    this.stopHeartbeat();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, this.options.closeReason);
    }
  }

  private open(): void {
    const socket = this.options.factory(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.setStatus('open');
      this.backoffMs = INITIAL_BACKOFF_MS;
      this.cancelHeartbeat = this.options.clock.repeat(HEARTBEAT_MS, () =>
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
      if (this.current === 'closed') {
        return;
      }
      this.setStatus('reconnecting');
      this.handlers.close?.(event);
      // The handler may have closed the client for good.
      if (this.status() !== 'closed') {
        this.retryLater();
      }
    };
  }

  private retryLater(): void {
    // Between half and all of the current backoff.
    const delay = Math.round(this.backoffMs * (0.5 + Math.random() / 2));
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.cancelRetry = this.options.clock.schedule(delay, () => {
      this.cancelRetry = null;
      this.setStatus('connecting');
      this.open();
    });
  }

  private stopHeartbeat(): void {
    this.cancelHeartbeat?.();
    this.cancelHeartbeat = null;
  }

  private setStatus(status: ConnectionStatus): void {
    this.current = status;
    this.handlers.status?.(status);
  }
}
