import { Component, input, output } from '@angular/core';

/** What a tab shows of one chat. */
export interface ChatTab {
  readonly conversationId: string;
  readonly title: string;
  readonly unread: number;
  readonly state: 'ACTIVE' | 'WRAP_UP';
  /** The agent is on this chat as an expert. */
  readonly consult: boolean;
}

/** One tab per chat the agent holds, with its unread count; the selected one is shown below. */
@Component({
  selector: 'parley-chat-tabs',
  templateUrl: './chat-tabs.html',
  styleUrl: './chat-tabs.css',
})
export class ChatTabs {
  readonly tabs = input.required<readonly ChatTab[]>();
  readonly selected = input<string | null>(null);
  /** The id of the panel the tabs control. */
  readonly panelId = input.required<string>();
  readonly selectedChange = output<string>();

  /** Arrow keys move between tabs, as in any tab list. */
  protected move(event: KeyboardEvent, index: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const tabs = this.tabs();
    if (step === 0 || tabs.length === 0) {
      return;
    }
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    this.selectedChange.emit(next.conversationId);
    const list = (event.currentTarget as HTMLElement).parentElement;
    list?.querySelector<HTMLElement>(`[data-conversation-id="${next.conversationId}"]`)?.focus();
  }
}
