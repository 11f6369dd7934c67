import { Injectable, computed, effect, inject, untracked } from '@angular/core';
import { AgentDesk } from '../agent-desk';
import { ConversationStore } from '../chat/conversation-store';
import { Chime } from './chime';
import { TitleNotice } from './title-notice';

/**
 * What draws the agent back to the workstation: a chime for every new offer (the store chimes for
 * customer messages out of view), and the page title counting ringing offers and unread chat
 * messages, e.g. `(2) Agent workstation · Parley`.
 */
@Injectable()
export class Attention {
  private readonly desk = inject(AgentDesk);
  private readonly store = inject(ConversationStore);
  private readonly chime = inject(Chime);
  private readonly title = inject(TitleNotice);
  private readonly offers = computed(
    () => this.desk.state()?.offers.map((offer) => offer.contactId) ?? [],
  );
  /** What the title counts. */
  readonly count = computed(() => this.offers().length + this.store.totalUnread());

  constructor() {
    let ringing = new Set<string>();
    effect(() => {
      const offers = this.offers();
      const fresh = offers.some((id) => !ringing.has(id));
      ringing = new Set(offers);
      if (fresh) {
        untracked(() => this.chime.play());
      }
    });
    effect(() => this.title.show(this.count()));
  }
}
