import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { ConnectionStatus, Frame } from '@parley/shared';
import { Connection, RealtimeClient } from '../../core/realtime/realtime-client';
import { CLOCK } from '../../core/time/clock';
import { Board, applyFrame } from './board';

export const SUPERVISOR_SOCKET_PATH = '/ws/supervisor';

/**
 * The live board behind one open wallboard, kept current over `/ws/supervisor`: the server sends
 * a snapshot on every (re)connection and then each section that changed, so nothing is read over
 * REST and nothing is missed across a reconnect. Provided by the wallboard component, so the
 * socket closes when the supervisor leaves the page.
 *
 * Durations tick here, not on the server: `now` is the server's time (the client's clock moved by
 * how far it was from the server's `at` when the last frame came), updated every second.
 */
@Injectable()
export class WallboardFeed {
  private readonly clock = inject(CLOCK);
  private readonly current = signal<Board | null>(null);
  /** Server time minus client time, as of the last frame. */
  private readonly skew = signal(0);
  private readonly tick = signal(this.clock.now());

  /** `null` until the first snapshot. */
  readonly board = this.current.asReadonly();
  readonly connection: Signal<ConnectionStatus>;
  /** The server's time now (ms), every second. */
  readonly now = computed(() => this.tick() + this.skew());
  private readonly socket: Connection;
  private readonly listeners: ((frame: Frame) => void)[] = [];

  constructor() {
    const socket = inject(RealtimeClient).connect(SUPERVISOR_SOCKET_PATH, {
      frame: (frame) => {
        this.apply(frame);
        this.listeners.forEach((listener) => listener(frame));
      },
    });
    this.socket = socket;
    this.connection = socket.status;
    const stop = this.clock.repeat(1000, () => this.tick.set(this.clock.now()));
    inject(DestroyRef).onDestroy(() => {
      stop();
      socket.close();
    });
  }

  /** Sends a frame (monitoring); false while the socket is down. */
  send(frame: Frame): boolean {
    return this.socket.send(frame);
  }

  /** Every frame of the socket also goes to `listener` (the call monitor's frames). */
  listen(listener: (frame: Frame) => void): void {
    this.listeners.push(listener);
  }

  private apply(frame: Frame): void {
    const before = this.current();
    const after = applyFrame(before, frame);
    if (after !== before && after !== null) {
      const received = this.clock.now();
      this.tick.set(received);
      this.skew.set(Date.parse(after.at) - received);
      this.current.set(after);
    }
  }
}
