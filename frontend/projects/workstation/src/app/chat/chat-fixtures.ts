import { ActiveContact } from '../agent/agent-api';
import { ChatMessage, ConversationInfo } from './chat-api';

/* Sample chat data for specs, as the server would send it (docs/chat-protocol.md). */

export function chatContact(id: string, changes: Partial<ActiveContact> = {}): ActiveContact {
  return {
    contactId: id,
    channel: 'CHAT',
    queueName: 'Support',
    customer: `visitor-${id}`,
    state: 'ACTIVE',
    since: '2026-12-04T19:00:00Z',
    wrapUpEndsAt: null,
    dispositionRequired: false,
    dispositionCodes: [],
    conversationId: id,
    consult: null,
    ...changes,
  };
}

export function message(seq: number, changes: Partial<ChatMessage> = {}): ChatMessage {
  return {
    seq,
    author: { role: 'CUSTOMER', name: 'Jane' },
    kind: 'TEXT',
    visibility: 'ALL',
    text: `message ${seq}`,
    at: '2026-12-04T19:30:00Z',
    clientId: null,
    attachments: [],
    ...changes,
  };
}

export const INFO: ConversationInfo = {
  id: 'c-1',
  visitor: { name: 'Jane Doe', email: 'jane@example.com' },
  entryPoint: 'support',
  option: 'billing',
  rating: null,
  ratingComment: null,
  transcriptEmail: null,
};
