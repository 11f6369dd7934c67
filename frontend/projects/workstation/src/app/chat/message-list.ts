import { DatePipe } from '@angular/common';
import {
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { AttachmentLink } from './attachment-link';
import { ChatMessage } from './chat-api';
import { PendingMessage, authorName, readMarkerSeq } from './messages';

/**
 * A conversation's messages, oldest first: the customer's, the agents' and experts', internal
 * notes (labelled, on their own background), system events, and what the agent sent that is
 * still on its way. Every text is interpolated, so it is shown as text, never as HTML. Keeps the
 * newest message in view.
 */
@Component({
  selector: 'parley-message-list',
  imports: [AttachmentLink, DatePipe],
  templateUrl: './message-list.html',
  styleUrl: './message-list.css',
  host: { role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages' },
})
export class MessageList {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly messages = input.required<readonly ChatMessage[]>();
  readonly pending = input<readonly PendingMessage[]>([]);
  /** The customer has read the agents' messages up to this seq (0: nothing read yet). */
  readonly readUpTo = input(0);
  readonly retried = output<string>();
  readonly discarded = output<string>();

  protected readonly readMarker = computed(() => readMarkerSeq(this.messages(), this.readUpTo()));
  protected readonly authorName = authorName;

  constructor() {
    afterRenderEffect(() => {
      // Read both so that a new message or a pending one scrolls to the end.
      this.messages();
      this.pending();
      const element = this.host.nativeElement;
      element.scrollTop = element.scrollHeight;
    });
  }

  protected roleClass(message: ChatMessage): string {
    return `role-${message.author.role.toLowerCase()} kind-${message.kind.toLowerCase()}`;
  }
}
