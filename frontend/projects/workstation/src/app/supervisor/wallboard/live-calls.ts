import { NgTemplateOutlet } from '@angular/common';
import { Component, TemplateRef, computed, input } from '@angular/core';
import { CHANNEL_LABELS, LiveCall, customerLabel } from './board';
import { formatElapsed, secondsSince } from './elapsed';

/** What a per-call actions template is given: the call of its row. */
export interface CallActionsContext {
  readonly $implicit: LiveCall;
}

/**
 * The voice and video calls agents are talking on: customer, channel, queue, agent, and for how
 * long (ticking with `now`).
 *
 * Per-call actions (listening in, whispering, barging in) are not this table's: a parent that
 * offers them passes a template as `actions`, rendered in an "Actions" column with the row's call
 * as its context (`let-call`). Without one there is no such column.
 */
@Component({
  selector: 'parley-live-calls',
  imports: [NgTemplateOutlet],
  templateUrl: './live-calls.html',
  styleUrl: './wallboard-tables.css',
})
export class LiveCalls {
  readonly calls = input.required<readonly LiveCall[]>();
  /** The server's time (ms). */
  readonly now = input.required<number>();
  /** The actions on each call, if any (see the class comment). */
  readonly actions = input<TemplateRef<CallActionsContext> | null>(null);

  protected readonly rows = computed(() =>
    this.calls().map((call) => ({
      call,
      channel: CHANNEL_LABELS[call.channel] ?? call.channel,
      customer: customerLabel(call),
      elapsed: formatElapsed(secondsSince(call.answeredAt, this.now())),
    })),
  );
}
