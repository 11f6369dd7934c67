import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { Component, computed, input } from '@angular/core';
import { formatSeconds } from '../countdown';

/** What `GET /api/agent/voicemails/{contactId}` answers. */
export interface Voicemail {
  readonly contactId: string;
  readonly caller: string | null;
  readonly customerName: string | null;
  readonly queue: string | null;
  readonly leftAt: string;
  readonly durationMillis: number;
  readonly ready: boolean;
}

export function voicemailUrl(contactId: string): string {
  return `/api/agent/voicemails/${encodeURIComponent(contactId)}`;
}

export function voicemailMediaUrl(contactId: string): string {
  return `${voicemailUrl(contactId)}/media`;
}

/**
 * The message of a voicemail contact on its card: who left it, in which queue, when and how long,
 * and a player (its range requests are audited as one playback). Only the agent the contact is
 * assigned to may read it (docs/adr/0020-voicemail.md).
 */
@Component({
  selector: 'parley-voicemail-player',
  imports: [DatePipe],
  template: `
    @if (message.hasValue() && message.value(); as m) {
      <dl class="voicemail" data-testid="voicemail-details">
        <dt>Caller</dt>
        <dd data-testid="voicemail-caller">{{ m.customerName || m.caller }}</dd>
        <dt>Queue</dt>
        <dd>{{ m.queue }}</dd>
        <dt>Left</dt>
        <dd>{{ m.leftAt | date: 'short' }}</dd>
        <dt>Length</dt>
        <dd data-testid="voicemail-length">{{ length() }}</dd>
      </dl>
      <audio
        controls
        preload="metadata"
        data-testid="voicemail-audio"
        [src]="media()"
        [attr.aria-label]="'Voicemail from ' + (m.customerName || m.caller)"
      ></audio>
    } @else if (message.error()) {
      <p role="alert" data-testid="voicemail-error">The message could not be loaded.</p>
    } @else {
      <p role="status">Loading the message…</p>
    }
  `,
  styles: `
    .voicemail {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0.5rem 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    audio {
      width: 100%;
    }
  `,
})
export class VoicemailPlayer {
  readonly contactId = input.required<string>();

  protected readonly message = httpResource<Voicemail>(() => voicemailUrl(this.contactId()));
  protected readonly media = computed(() => voicemailMediaUrl(this.contactId()));
  protected readonly length = computed(() => {
    const m = this.message.hasValue() ? this.message.value() : undefined;
    return m ? formatSeconds(Math.round(m.durationMillis / 1000)) : '';
  });
}
