import { applyFrame, customerLabel } from './board';
import { AT, agent, board, call, queue } from './board-fixtures';

describe('applyFrame', () => {
  it('takes a snapshot whole', () => {
    const b = board();

    expect(applyFrame(null, { type: 'snapshot', ...b })).toEqual(b);
  });

  it('replaces only the section a frame carries, and the time of the read', () => {
    const later = '2026-11-23T10:00:05Z';
    const calls = [call({ contactId: 'c-10' })];

    expect(applyFrame(board(), { type: 'calls', at: later, calls })).toEqual({
      ...board(),
      at: later,
      calls,
    });
    expect(
      applyFrame(board(), { type: 'agents', at: later, agents: [agent({ presence: 'BREAK' })] })
        ?.agents[0].presence,
    ).toBe('BREAK');
    expect(
      applyFrame(board(), { type: 'queues', at: later, queues: [queue({ waiting: 0 })] })?.queues[0]
        .waiting,
    ).toBe(0);
  });

  it('waits for a snapshot before taking sections', () => {
    expect(applyFrame(null, { type: 'queues', at: AT, queues: [queue()] })).toBeNull();
  });

  it('ignores other frames and malformed ones', () => {
    const b = board();

    expect(applyFrame(b, { type: 'pong', seq: 1 })).toBe(b);
    expect(applyFrame(b, { type: 'error', message: 'no' })).toBe(b);
    expect(applyFrame(b, { type: 'queues', at: AT, queues: 'many' })).toBe(b);
    expect(applyFrame(b, { type: 'queues', at: 'yesterday', queues: [] })).toBe(b);
    expect(applyFrame(b, { type: 'snapshot', at: AT, queues: [], agents: [] })).toBe(b);
    expect(applyFrame(b, { type: 'at', at: AT })).toBe(b);
  });
});

describe('customerLabel', () => {
  it('prefers the name the customer gave, then their number, address or id', () => {
    expect(customerLabel({ customer: '+4512', customerName: 'Jane' })).toBe('Jane');
    expect(customerLabel({ customer: '+4512', customerName: null })).toBe('+4512');
    expect(customerLabel({ customer: null, customerName: null })).toBe('Unknown customer');
  });
});
