import { Component, input } from '@angular/core';
import { ConversationInfo } from '../../chat/chat-api';
import { CustomerHistory } from '../customer-history';
import { ChatContact } from './conversation-store';

/**
 * Beside a chat: who the visitor said they are and where they came from (entry point and menu
 * option), and the customer's earlier contacts, each opening to its transcript.
 */
@Component({
  selector: 'parley-customer-panel',
  imports: [CustomerHistory],
  templateUrl: './customer-panel.html',
  styleUrl: './customer-panel.css',
})
export class CustomerPanel {
  readonly contact = input.required<ChatContact>();
  /** Null until read, or when it could not be. */
  readonly info = input<ConversationInfo | null>(null);
}
