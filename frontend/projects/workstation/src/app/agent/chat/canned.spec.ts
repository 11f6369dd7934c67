import { CannedResponse } from '../../chat/chat-api';
import { fillPlaceholders, filterCanned } from './canned';

const RESPONSES: CannedResponse[] = [
  {
    id: '1',
    title: 'Greeting',
    text: 'Hi {customer.name}, I am {agent.firstName}.',
    scope: 'SHARED',
  },
  { id: '2', title: 'Refund', text: 'Your refund is on its way.', scope: 'SHARED' },
  { id: '3', title: 'Goodbye', text: 'Thanks for the greeting card!', scope: 'PERSONAL' },
];

describe('canned responses', () => {
  it('fills in every placeholder, as often as it occurs', () => {
    expect(
      fillPlaceholders('Hi {customer.name}! {agent.name} ({agent.firstName}) for {customer.name}', {
        customerName: 'Jane Doe',
        agentName: 'Alice  Agent',
      }),
    ).toBe('Hi Jane Doe! Alice  Agent (Alice) for Jane Doe');
  });

  it('leaves unknown placeholders and plain text alone', () => {
    expect(fillPlaceholders('{order.id} as {agent}', { customerName: 'J', agentName: 'A' })).toBe(
      '{order.id} as {agent}',
    );
  });

  it('filters by title or text in any case, title matches first', () => {
    expect(filterCanned(RESPONSES, 'GREET').map((r) => r.id)).toEqual(['1', '3']);
    expect(filterCanned(RESPONSES, 'refund').map((r) => r.id)).toEqual(['2']);
    expect(filterCanned(RESPONSES, '  ').map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(filterCanned(RESPONSES, 'nothing like it')).toEqual([]);
  });
});
