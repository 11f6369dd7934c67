import { Component, computed, input } from '@angular/core';
import { CallRecorder } from './call-recorder';

/**
 * Whether the call is recorded, always in sight of the agent: a red dot while recording,
 * "Paused" with Resume, "Not recorded"; Pause while recording, and Record on a queue that records
 * on demand. Browser tests read `data-recording-state` (the recorder's state, or `none`).
 */
@Component({
  selector: 'parley-recording-control',
  template: `
    <span
      class="recording"
      role="status"
      data-testid="call-recording"
      [attr.data-recording-state]="recorder()?.state() ?? 'none'"
      [class.on]="recorder()?.state() === 'recording'"
      [class.paused]="recorder()?.state() === 'paused'"
    >
      {{ label() }}
    </span>
    @if (recorder(); as r) {
      @switch (r.state()) {
        @case ('recording') {
          <button
            type="button"
            class="secondary"
            data-testid="call-recording-pause"
            (click)="r.pause(true)"
          >
            Pause recording
          </button>
        }
        @case ('paused') {
          <button
            type="button"
            class="secondary"
            data-testid="call-recording-resume"
            (click)="r.pause(false)"
          >
            Resume recording
          </button>
        }
      }
      @if (r.canStart()) {
        <button
          type="button"
          class="secondary"
          data-testid="call-recording-start"
          (click)="r.start(true)"
        >
          Record
        </button>
      }
      @if (r.error(); as message) {
        <span class="problem" role="alert" data-testid="call-recording-error">{{ message }}</span>
      }
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .recording.on::before {
      content: '●';
      color: #c62828;
      margin-right: 0.25rem;
    }
    .recording.paused {
      color: #8a6d00;
    }
    .problem {
      color: #c62828;
    }
  `,
})
export class RecordingControl {
  readonly recorder = input<CallRecorder | null>(null);

  protected readonly label = computed(() => {
    const recorder = this.recorder();
    if (!recorder) {
      return 'Not recorded';
    }
    switch (recorder.state()) {
      case 'recording':
        return 'Recording';
      case 'paused':
        return 'Recording paused';
      case 'starting':
        return 'Starting recording…';
      case 'stopping':
        return 'Saving recording…';
      case 'done':
        return 'Recorded';
      case 'failed':
        return 'Recording failed';
      default:
        return recorder.policy === 'NEVER' ? 'Not recorded (queue setting)' : 'Not recorded';
    }
  });
}
