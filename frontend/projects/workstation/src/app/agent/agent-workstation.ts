import { Component, computed, inject } from '@angular/core';
import { PresenceChange } from './agent-api';
import { AgentDesk } from './agent-desk';
import { ContactCard, WrapUpFinished } from './contact-card';
import { injectNow } from './countdown';
import { OfferCard } from './offer-card';
import { PresenceToggle } from './presence-toggle';

/**
 * Where an agent handles contacts: presence, ringing offers with their countdowns, and the
 * contacts in progress or in wrap-up. Kept live over `/ws/agent` by `AgentDesk`.
 */
@Component({
  selector: 'parley-agent-workstation',
  imports: [ContactCard, OfferCard, PresenceToggle],
  providers: [AgentDesk],
  templateUrl: './agent-workstation.html',
  styleUrl: './agent-workstation.css',
})
export class AgentWorkstation {
  protected readonly desk = inject(AgentDesk);
  protected readonly now = injectNow();
  protected readonly state = this.desk.state;
  protected readonly ringing = computed(() => {
    const count = this.state()?.offers.length ?? 0;
    return count === 0 ? '' : count === 1 ? '1 contact offered' : `${count} contacts offered`;
  });
  protected readonly offline = computed(() => this.desk.connection() !== 'open');

  protected changePresence(change: PresenceChange): void {
    void this.desk.changePresence(change);
  }

  protected accept(contactId: string): void {
    void this.desk.accept(contactId);
  }

  protected reject(contactId: string): void {
    void this.desk.reject(contactId);
  }

  protected end(contactId: string): void {
    void this.desk.end(contactId);
  }

  protected finish({ contactId, disposition }: WrapUpFinished): void {
    void this.desk.finishWrapUp(contactId, disposition);
  }
}
