import { httpResource } from '@angular/common/http';
import { Component, input } from '@angular/core';
import { formatSeconds } from '../../agent/countdown';
import { Recording, mediaUrl } from './recordings-api';

/**
 * The recordings of one contact, where a supervisor reads the contact (its transcript): each with
 * its length, who took part, and a player (seeking by Range requests; every playback is audited).
 * Shows nothing for a contact that has none.
 */
@Component({
  selector: 'parley-contact-recordings',
  template: `
    @if (recordings.hasValue() && recordings.value().length > 0) {
      <section class="recordings" aria-label="Recordings of this contact">
        <h2>Recordings</h2>
        @for (r of recordings.value(); track r.id) {
          <article data-testid="contact-recording" [attr.data-recording-id]="r.id">
            <p>
              {{ r.kind === 'VOICEMAIL' ? 'Voicemail' : 'Call' }} ·
              {{ duration(r.durationMillis) }} · {{ r.agents.join(', ') }} ·
              {{ r.state.toLowerCase()
              }}{{ r.pauses.length ? ' · paused ' + r.pauses.length + '×' : '' }}
            </p>
            @if (r.state === 'READY') {
              @if (r.video) {
                <video controls preload="none" [src]="url(r)"></video>
              } @else {
                <audio controls preload="none" [src]="url(r)"></audio>
              }
            }
          </article>
        }
      </section>
    }
  `,
  styles: `
    video {
      width: 480px;
      max-width: 100%;
      display: block;
    }
    audio {
      display: block;
    }
  `,
})
export class ContactRecordings {
  readonly contactId = input.required<string>();

  protected readonly recordings = httpResource<readonly Recording[]>(() =>
    this.contactId()
      ? `/api/supervisor/contacts/${encodeURIComponent(this.contactId())}/recordings`
      : undefined,
  );

  protected duration(ms: number): string {
    return formatSeconds(Math.round(ms / 1000));
  }

  protected url(r: Recording): string {
    return mediaUrl(r.id);
  }
}
