import { Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AgentStatus, CHANNEL_LABELS, Presence, Work, customerLabel } from './board';
import { formatElapsed, secondsSince } from './elapsed';

const PRESENCE_LABELS: Record<Presence, string> = {
  AVAILABLE: 'Available',
  BREAK: 'On break',
  OFFLINE: 'Offline',
  NOT_RESPONDING: 'Not responding',
  WRAP_UP: 'Wrap-up',
};

const STATE_LABELS: Record<Work['state'], string> = {
  OFFERED: 'ringing',
  ACTIVE: 'in progress',
  WRAP_UP: 'wrap-up',
};

/** Contacts whose conversation a supervisor can read (calls have none to read). */
const READABLE = new Set(['CHAT', 'SMS', 'EMAIL']);

interface ContactRow {
  readonly contactId: string;
  readonly label: string;
  readonly customer: string;
  readonly state: string;
  readonly elapsed: string;
  /** The transcript to open, if the contact has one to read. */
  readonly conversationId: string | null;
}

interface AgentRow {
  readonly username: string;
  readonly presence: Presence;
  /** With a break's reason, or why routing took the agent offline. */
  readonly presenceText: string;
  readonly elapsed: string;
  readonly connected: boolean;
  readonly contacts: readonly ContactRow[];
}

/**
 * The agents: presence with a break's reason and for how long (ticking with `now`), whether their
 * workstation is connected, and the contacts they hold (channel, customer, state, for how long).
 * Agents who are signed in come first.
 */
@Component({
  selector: 'parley-agents-table',
  imports: [RouterLink],
  templateUrl: './agents-table.html',
  styleUrl: './wallboard-tables.css',
})
export class AgentsTable {
  readonly agents = input.required<readonly AgentStatus[]>();
  /** The server's time (ms). */
  readonly now = input.required<number>();

  protected readonly rows = computed<AgentRow[]>(() => {
    const now = this.now();
    return [...this.agents()]
      .sort((a, b) => Number(away(a)) - Number(away(b)))
      .map((a) => ({
        username: a.username,
        presence: a.presence,
        presenceText: presenceText(a),
        elapsed: formatElapsed(secondsSince(a.presenceSince, now)),
        connected: a.connected,
        contacts: a.contacts.map((w) => ({
          contactId: w.contactId,
          label: w.channel ? CHANNEL_LABELS[w.channel] : 'Contact',
          customer: customerLabel(w),
          state: STATE_LABELS[w.state] ?? w.state,
          elapsed: formatElapsed(secondsSince(w.since, now)),
          conversationId:
            w.channel && READABLE.has(w.channel) && w.conversationId ? w.conversationId : null,
        })),
      }));
  });
}

function presenceText(agent: AgentStatus): string {
  const label = PRESENCE_LABELS[agent.presence] ?? agent.presence;
  const reason = agent.breakReason ?? agent.offlineReason;
  return reason ? `${label}: ${reason}` : label;
}

/** Offline with nothing in hand: listed after everyone at work. */
function away(agent: AgentStatus): boolean {
  return agent.presence === 'OFFLINE' && agent.contacts.length === 0;
}
