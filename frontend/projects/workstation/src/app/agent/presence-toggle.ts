import { Component, computed, input, linkedSignal, output } from '@angular/core';
import { Presence, PresenceChange } from './agent-api';

/** How a presence is written for people, here and in the colleague directory. */
export const PRESENCE_LABELS: Record<Presence, string> = {
  OFFLINE: 'Offline',
  AVAILABLE: 'Available',
  BREAK: 'On break',
  NOT_RESPONDING: 'Not responding',
  WRAP_UP: 'Wrap-up',
};

/**
 * Shows the agent's presence, including the states only the server sets (NOT_RESPONDING,
 * WRAP_UP), and asks for a change: Available, Break with a reason, or Offline.
 */
@Component({
  selector: 'parley-presence-toggle',
  templateUrl: './presence-toggle.html',
  styleUrl: './presence-toggle.css',
})
export class PresenceToggle {
  readonly presence = input.required<Presence>();
  readonly breakReason = input<string | null>(null);
  readonly reasons = input<readonly string[]>([]);
  readonly busy = input(false);
  readonly changed = output<PresenceChange>();

  /** The reason picked for the next break: the current one while on break, else the first. */
  protected readonly reason = linkedSignal(() => this.breakReason() ?? this.reasons()[0] ?? '');

  protected readonly label = computed(() => {
    const reason = this.breakReason();
    const label = PRESENCE_LABELS[this.presence()];
    return this.presence() === 'BREAK' && reason ? `${label} · ${reason}` : label;
  });

  /** A CSS class per presence, e.g. `not-responding`. */
  protected readonly tone = computed(() => this.presence().toLowerCase().replace('_', '-'));

  protected readonly onThisBreak = computed(
    () => this.presence() === 'BREAK' && this.breakReason() === this.reason(),
  );

  protected pickReason(event: Event): void {
    this.reason.set((event.target as HTMLSelectElement).value);
  }

  protected goAvailable(): void {
    this.changed.emit({ presence: 'AVAILABLE' });
  }

  protected goBreak(): void {
    this.changed.emit({ presence: 'BREAK', reason: this.reason() });
  }

  protected goOffline(): void {
    this.changed.emit({ presence: 'OFFLINE' });
  }
}
