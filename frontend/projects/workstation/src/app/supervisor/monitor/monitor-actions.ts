import { Component, computed, input, output } from '@angular/core';
import { LiveCall } from '../wallboard/board';
import { MonitorMode, Monitoring } from './call-monitor';

/** A live call row's Listen / Whisper / Barge / Stop buttons; the active mode is pressed. */
@Component({
  selector: 'parley-monitor-actions',
  template: `
    <span
      class="monitor-actions"
      role="group"
      [attr.aria-label]="'Monitor the call with ' + call().agent"
    >
      @for (mode of modes; track mode.value) {
        <button
          type="button"
          class="secondary"
          [attr.data-testid]="'monitor-' + mode.value.toLowerCase()"
          [attr.aria-pressed]="active() === mode.value"
          [title]="mode.title"
          (click)="chosen.emit(mode.value)"
        >
          {{ mode.label }}
        </button>
      }
      @if (mine()) {
        <button type="button" class="secondary" data-testid="monitor-stop" (click)="stopped.emit()">
          Stop
        </button>
      }
    </span>
  `,
  styles: `
    .monitor-actions {
      display: inline-flex;
      gap: 0.25rem;
    }
    button[aria-pressed='true'] {
      outline: 2px solid var(--parley-accent);
    }
  `,
})
export class MonitorActions {
  readonly call = input.required<LiveCall>();
  readonly monitoring = input<Monitoring | null>(null);
  readonly chosen = output<MonitorMode>();
  readonly stopped = output<void>();

  protected readonly modes: readonly { value: MonitorMode; label: string; title: string }[] = [
    { value: 'LISTEN', label: 'Listen', title: 'Hear the call; nobody hears you' },
    { value: 'WHISPER', label: 'Whisper', title: 'Only the agent hears you' },
    { value: 'BARGE', label: 'Barge', title: 'Everyone hears you' },
  ];

  protected readonly mine = computed(() => {
    const m = this.monitoring();
    return !!m && m.state !== 'ended' && m.conversationId === this.call().contactId;
  });
  protected readonly active = computed(() => (this.mine() ? this.monitoring()?.asked : null));
}
