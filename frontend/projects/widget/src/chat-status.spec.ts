import { render } from 'lit';
import {
  queueText,
  renderConnection,
  renderQueueStatus,
  renderTypingIndicator,
} from './chat-status';

describe('chat status', () => {
  const container = document.createElement('div');
  const text = () => container.textContent?.replace(/\s+/g, ' ').trim();

  it('says the place in the queue and the wait, rounded up to minutes', () => {
    expect(queueText({ position: 3, estimatedWaitSeconds: 120 })).toBe(
      'Position 3 in the queue, about 2 min',
    );
    expect(queueText({ position: 1, estimatedWaitSeconds: 61 })).toBe(
      'Position 1 in the queue, about 2 min',
    );
    expect(queueText({ position: 2, estimatedWaitSeconds: 5 })).toBe(
      'Position 2 in the queue, about 1 min',
    );
    expect(queueText({ position: 2, estimatedWaitSeconds: null })).toBe('Position 2 in the queue');
  });

  it('shows the waiting text and the place as a status', () => {
    render(
      renderQueueStatus('An agent will be with you shortly.', {
        position: 2,
        estimatedWaitSeconds: 60,
      }),
      container,
    );

    const status = container.querySelector('[data-testid="queue-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(text()).toBe('An agent will be with you shortly. Position 2 in the queue, about 1 min');
  });

  it('keeps the typing indicator as a polite live region, empty when nobody types', () => {
    render(renderTypingIndicator('Alice Agent'), container);
    const indicator = container.querySelector('[data-testid="typing-indicator"]')!;
    expect(indicator.getAttribute('aria-live')).toBe('polite');
    expect(text()).toBe('Alice Agent is typing…');

    render(renderTypingIndicator(null), container);
    expect(container.querySelector('[data-testid="typing-indicator"]')).toBe(indicator);
    expect(text()).toBe('');
  });

  it('says when the connection is lost', () => {
    render(renderConnection('reconnecting'), container);
    expect(text()).toBe('Connection lost. Reconnecting…');

    render(renderConnection('open'), container);
    expect(text()).toBe('');
  });
});
