/* Test data for the widget's specs; never imported by the widget itself. */
import type { EntryPoint } from '../entry-point';

/** The example of docs/chat-protocol.md. */
export const SUPPORT: EntryPoint = {
  name: 'support',
  texts: {
    launcher: 'Chat with us',
    title: 'Support',
    greeting: 'Hi! What can we help you with?',
    waiting: 'Thanks! An agent will be with you shortly.',
    ended: 'The chat has ended. Thank you!',
    offline: 'We are closed right now. Leave us a message and we will answer by e-mail.',
  },
  menu: {
    prompt: 'What is it about?',
    options: [
      { id: 'billing', label: 'Billing', options: [] },
      {
        id: 'tech',
        label: 'Technical help',
        options: [
          { id: 'tech-en', label: 'In English', options: [] },
          { id: 'tech-es', label: 'En español', options: [] },
        ],
      },
    ],
  },
  preChat: { name: 'OPTIONAL', email: 'REQUIRED' },
  attachments: { maxBytes: 5242880, types: ['image/png', 'application/pdf'] },
};
