import { Component, computed, inject } from '@angular/core';
import { ConversationOpener } from '../conversation-opener';
import { CallMonitor } from '../monitor/call-monitor';
import { MonitorActions } from '../monitor/monitor-actions';
import { MonitorPanel } from '../monitor/monitor-panel';
import { AgentsTable } from './agents-table';
import { LiveCalls } from './live-calls';
import { QueuesTable } from './queues-table';
import { WallboardFeed } from './wallboard-feed';

/**
 * The supervisor's home: queues, live calls and agents, kept live over `/ws/supervisor` by
 * `WallboardFeed`; durations tick every second from the rows' instants. The counts in the summary
 * are announced as they change (not every second). Each live call can be monitored (listen,
 * whisper, barge) through `CallMonitor`, one call at a time.
 */
@Component({
  selector: 'parley-wallboard',
  imports: [AgentsTable, ConversationOpener, LiveCalls, MonitorActions, MonitorPanel, QueuesTable],
  providers: [WallboardFeed, CallMonitor],
  templateUrl: './wallboard.html',
  styleUrl: './wallboard.css',
})
export class Wallboard {
  protected readonly feed = inject(WallboardFeed);
  protected readonly monitor = inject(CallMonitor);
  protected readonly offline = computed(() => this.feed.connection() !== 'open');
  protected readonly summary = computed(() => {
    const board = this.feed.board();
    if (board === null) {
      return '';
    }
    const waiting = board.queues.reduce((sum, q) => sum + q.waiting, 0);
    const available = board.agents.filter(
      (a) => a.presence === 'AVAILABLE' && a.connected && a.contacts.length === 0,
    ).length;
    const onBreak = board.agents.filter((a) => a.presence === 'BREAK').length;
    return [
      count(waiting, 'contact', 'contacts') + ' waiting',
      count(available, 'agent', 'agents') + ' available',
      count(onBreak, 'agent', 'agents') + ' on break',
      count(board.calls.length, 'call', 'calls') + ' in progress',
    ].join(' · ');
  });
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
