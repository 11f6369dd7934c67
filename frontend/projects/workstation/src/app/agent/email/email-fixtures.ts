import { ActiveContact } from '../agent-api';
import { EmailMessage, EmailThread } from './email-api';

/** Test data shaped as `GET /api/agent/email/{contactId}` answers it. */

export const EMAIL_CONTACT: ActiveContact = {
  contactId: 'c-9',
  channel: 'EMAIL',
  queueName: 'Support',
  customer: 'jane@example.com',
  state: 'ACTIVE',
  since: '2026-12-04T10:01:00Z',
  wrapUpEndsAt: null,
  dispositionRequired: false,
  dispositionCodes: [],
  conversationId: 'c-9',
};

export function inbound(seq: number, changes: Partial<EmailMessage> = {}): EmailMessage {
  return {
    seq,
    direction: 'INBOUND',
    messageId: `<m${seq}@example.com>`,
    subject: 'My lamp arrived broken',
    from: { address: 'jane@example.com', name: 'Jane Doe' },
    to: ['support@example.com'],
    cc: [],
    sentAt: '2026-12-04T10:00:00Z',
    text: 'Hello,\nthe lamp is broken.',
    html: '<p>Hello,<br>the lamp is <b>broken</b>.</p>',
    remoteBlocked: 0,
    files: [],
    problems: [],
    flagged: false,
    delivery: null,
    ...changes,
  };
}

export function outbound(seq: number, changes: Partial<EmailMessage> = {}): EmailMessage {
  return inbound(seq, {
    direction: 'OUTBOUND',
    messageId: `<r${seq}@parley>`,
    subject: 'Re: My lamp arrived broken [#1004]',
    from: { address: 'support@example.com', name: 'Support' },
    to: ['jane@example.com'],
    text: 'We are sending a new one.',
    html: null,
    delivery: { state: 'SENT', attempts: 1, lastError: null, nextAttemptAt: null },
    ...changes,
  });
}

export function thread(messages: readonly EmailMessage[]): EmailThread {
  return {
    contact: 'c-9',
    ticket: 1004,
    subject: 'My lamp arrived broken',
    customerAddress: 'jane@example.com',
    mailbox: 'support@example.com',
    messages,
  };
}
