import { Component, computed, inject } from '@angular/core';
import { PresenceChange } from './agent-api';
import { AgentDesk } from './agent-desk';
import { isCall } from './call/call-contact';
import { CallPanel } from './call/call-panel';
import { Calls } from './call/calls';
import { CallRecordings } from './call/recording/call-recordings';
import { CannedResponses } from './chat/canned-responses';
import { ChatTab, ChatTabs } from './chat/chat-tabs';
import { Colleagues } from './chat/colleagues';
import { ConversationStore, isChat } from './chat/conversation-store';
import { ConversationView } from './chat/conversation-view';
import { CustomerPanel } from './chat/customer-panel';
import { Directory } from './chat/directory';
import { ContactCard, WrapUpFinished } from './contact-card';
import { injectNow } from './countdown';
import { Attention } from './notices/attention';
import { TitleNotice } from './notices/title-notice';
import { OfferCard } from './offer-card';
import { PresenceToggle } from './presence-toggle';
import { VoicemailPlayer } from './voicemail/voicemail-player';
import { EmailPanel } from './email/email-panel';
import { CustomerHistory } from './customer-history';

/**
 * Where an agent handles contacts: presence, ringing offers with their countdowns, the calls (each
 * in its call panel), the chats in tabs (each with its conversation and the customer beside it),
 * the other contacts in progress or in wrap-up (an e-mail with its thread and reply, a voicemail
 * with its player), and the colleagues' presence. Kept live over `/ws/agent` by `AgentDesk`; the
 * calls' media by `Calls`.
 */
@Component({
  selector: 'parley-agent-workstation',
  imports: [
    CallPanel,
    CustomerHistory,
    VoicemailPlayer,
    EmailPanel,
    ChatTabs,
    ContactCard,
    ConversationView,
    CustomerPanel,
    Directory,
    OfferCard,
    PresenceToggle,
  ],
  providers: [
    AgentDesk,
    ConversationStore,
    Calls,
    CallRecordings,
    CannedResponses,
    Colleagues,
    TitleNotice,
    Attention,
  ],
  templateUrl: './agent-workstation.html',
  styleUrl: './agent-workstation.css',
})
export class AgentWorkstation {
  protected readonly desk = inject(AgentDesk);
  protected readonly store = inject(ConversationStore);
  protected readonly calls = inject(Calls);
  protected readonly now = injectNow();
  protected readonly state = this.desk.state;
  protected readonly ringing = computed(() => {
    const count = this.state()?.offers.length ?? 0;
    return count === 0 ? '' : count === 1 ? '1 contact offered' : `${count} contacts offered`;
  });
  protected readonly offline = computed(() => this.desk.connection() !== 'open');

  protected readonly tabs = computed<ChatTab[]>(() =>
    this.store.chats().map((chat) => {
      const conversation = this.store.conversation(chat.conversationId);
      return {
        conversationId: chat.conversationId,
        title: conversation?.info()?.visitor.name ?? chat.customer,
        unread: conversation?.unread() ?? 0,
        state: chat.state,
        consult: !!chat.consult,
      };
    }),
  );
  /** The selected chat, as a list of at most one so that its view is rebuilt per chat. */
  protected readonly shownChat = computed(() =>
    this.store.chats().filter((chat) => chat.conversationId === this.store.selected()),
  );
  /** Contacts that are worked neither as chats nor as calls keep their cards. */
  protected readonly otherContacts = computed(
    () => this.state()?.contacts.filter((contact) => !isChat(contact) && !isCall(contact)) ?? [],
  );

  constructor() {
    inject(Attention);
    // Rings while a call is offered, and keeps the media of the agent's calls.
    inject(Calls);
  }

  protected changePresence(change: PresenceChange): void {
    void this.desk.changePresence(change);
  }

  protected async accept(contactId: string): Promise<void> {
    if (await this.desk.accept(contactId)) {
      // A chat just taken is what the agent wants in front of them.
      const chat = this.store.chats().find((c) => c.contactId === contactId);
      if (chat) {
        this.store.select(chat.conversationId);
      }
    }
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
