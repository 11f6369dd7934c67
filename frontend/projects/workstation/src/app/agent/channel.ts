import { Component, computed, input } from '@angular/core';
import { Channel } from './agent-api';

/** Each channel's name, and its icon as a 24×24 SVG path (Material icon shapes). */
export const CHANNELS: Record<Channel, { readonly label: string; readonly icon: string }> = {
  VOICE: {
    label: 'Voice call',
    icon: 'M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.01-.24c1.12.37 2.33.57 3.58.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02z',
  },
  VIDEO: {
    label: 'Video call',
    icon: 'M17 10.5V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3.5l4 4v-11z',
  },
  CHAT: {
    label: 'Chat',
    icon: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2z',
  },
  EMAIL: {
    label: 'E-mail',
    icon: 'M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z',
  },
  SMS: {
    label: 'SMS',
    icon: 'M17 1H7a2 2 0 0 0-2 2v18a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V3a2 2 0 0 0-2-2zm0 18H7V5h10z',
  },
  VOICEMAIL: {
    label: 'Voicemail',
    icon: 'M18.5 6A5.5 5.5 0 0 0 14.3 15H9.7A5.5 5.5 0 1 0 5.5 17h13a5.5 5.5 0 0 0 0-11zm-13 9a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7zm13 0a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z',
  },
};

/** A channel's icon. Decorative: the channel's name is always written beside it. */
@Component({
  selector: 'parley-channel-icon',
  template: `
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path [attr.d]="path()" fill="currentColor" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      color: var(--parley-accent);
    }
  `,
})
export class ChannelIcon {
  readonly channel = input.required<Channel>();
  protected readonly path = computed(() => CHANNELS[this.channel()].icon);
}
