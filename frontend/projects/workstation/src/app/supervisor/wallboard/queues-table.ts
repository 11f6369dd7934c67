import { Component, computed, input } from '@angular/core';
import { CHANNELS, CHANNEL_LABELS, Channel, QueueStatus } from './board';
import { formatElapsed, secondsSince } from './elapsed';

/** One queue's cells as the table shows them. */
interface QueueRow {
  readonly queue: string;
  readonly waiting: number;
  /** Per channel of `CHANNELS`: the count, or `null` when the queue does not serve it. */
  readonly channels: readonly { readonly channel: Channel; readonly waiting: number | null }[];
  readonly longestWait: string;
  readonly achieved: number;
  readonly target: number;
  readonly targetSeconds: number;
  readonly belowTarget: boolean;
  readonly available: number;
  readonly busy: number;
  readonly onBreak: number;
}

/**
 * The queues: contacts waiting (in all and per channel), the longest wait (ticking with `now`),
 * the service level against its target, and the queue's agents available, busy and on break.
 */
@Component({
  selector: 'parley-queues-table',
  templateUrl: './queues-table.html',
  styleUrl: './wallboard-tables.css',
})
export class QueuesTable {
  readonly queues = input.required<readonly QueueStatus[]>();
  /** The server's time (ms). */
  readonly now = input.required<number>();

  protected readonly channels = CHANNELS;
  protected readonly labels = CHANNEL_LABELS;
  protected readonly rows = computed<QueueRow[]>(() =>
    this.queues().map((q) => {
      const achieved = Math.round(q.serviceLevel * 100);
      const target = Math.round(q.serviceLevelTarget * 100);
      return {
        queue: q.queue,
        waiting: q.waiting,
        channels: CHANNELS.map((channel) => ({
          channel,
          waiting: q.channels.find((c) => c.channel === channel)?.waiting ?? null,
        })),
        longestWait: formatElapsed(
          q.waiting > 0 ? secondsSince(q.oldestWaitingSince, this.now()) : null,
        ),
        achieved,
        target,
        targetSeconds: q.serviceLevelSeconds,
        belowTarget: achieved < target,
        available: q.agentsAvailable,
        busy: q.agentsBusy,
        onBreak: q.agentsOnBreak,
      };
    }),
  );
}
