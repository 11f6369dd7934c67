import { Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';

/** Opens a chat conversation's transcript by its contact id. */
@Component({
  selector: 'parley-conversation-opener',
  template: `
    <form class="open" (submit)="openConversation($event)" aria-label="Open a conversation">
      <label for="conversation-id">Open a chat conversation by its contact id</label>
      <input
        id="conversation-id"
        data-testid="conversation-id"
        [value]="conversationId()"
        (input)="conversationId.set($any($event.target).value)"
      />
      <button type="submit" data-testid="open-conversation">Open</button>
    </form>
  `,
  styles: `
    .open {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    input {
      padding: 0.4rem 0.5rem;
      font: inherit;
    }
  `,
})
export class ConversationOpener {
  private readonly router = inject(Router);
  protected readonly conversationId = signal('');

  protected openConversation(event: Event): void {
    event.preventDefault();
    const id = this.conversationId().trim();
    if (id !== '') {
      void this.router.navigate(['/supervisor/conversations', id]);
    }
  }
}
