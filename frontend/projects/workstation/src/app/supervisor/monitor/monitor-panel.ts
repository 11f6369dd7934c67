import { Component, ElementRef, effect, input, viewChild } from '@angular/core';
import { Monitoring } from './call-monitor';

const SAYS: Record<string, string> = {
  LISTEN: 'Listening — nobody hears you',
  WHISPER: 'Whispering — only the agent hears you',
  BARGE: 'Barged in — everyone hears you',
};

/**
 * The supervisor's monitoring session: what they do now (or the error), and the call's audio.
 * Browser tests read `data-monitor-state`, `data-monitor-mode` and `data-conversation-id`.
 */
@Component({
  selector: 'parley-monitor-panel',
  template: `
    @if (monitoring(); as m) {
      <p
        class="monitor"
        role="status"
        data-testid="monitor"
        [attr.data-monitor-state]="m.state"
        [attr.data-monitor-mode]="m.mode"
        [attr.data-conversation-id]="m.conversationId"
      >
        {{
          m.state === 'ended'
            ? 'Monitoring ended.'
            : m.mode
              ? says[m.mode]
              : 'Connecting to the call…'
        }}
      </p>
    }
    @if (error(); as message) {
      <p class="problem" role="alert" data-testid="monitor-error">{{ message }}</p>
    }
    <audio #player autoplay data-testid="monitor-audio"></audio>
  `,
})
export class MonitorPanel {
  readonly monitoring = input<Monitoring | null>(null);
  readonly error = input<string | null>(null);
  readonly stream = input<MediaStream | null>(null);
  protected readonly says = SAYS;
  private readonly player = viewChild.required<ElementRef<HTMLAudioElement>>('player');

  constructor() {
    effect(() => {
      const element = this.player().nativeElement;
      const stream = this.stream();
      if (element.srcObject !== stream) {
        element.srcObject = stream;
        if (stream) {
          void element.play().catch(() => undefined);
        }
      }
    });
  }
}
