import { ConnectionStatus } from '@parley/shared';
import { css, html, nothing } from 'lit';
import { QueuePlace } from './chat-session';

/** "Position 3 in the queue, about 2 min" (the estimate only when the server has one). */
export function queueText(queue: QueuePlace): string {
  const place = `Position ${queue.position} in the queue`;
  if (queue.estimatedWaitSeconds === null || queue.estimatedWaitSeconds === undefined) {
    return place;
  }
  const minutes = Math.max(1, Math.ceil(queue.estimatedWaitSeconds / 60));
  return `${place}, about ${minutes} min`;
}

/** While queued: the entry point's waiting text and the live place in the queue. */
export function renderQueueStatus(waiting: string, queue: QueuePlace | null) {
  return html`
    <div class="status-box" role="status" data-testid="queue-status">
      <p>${waiting}</p>
      ${queue ? html`<p class="queue-place">${queueText(queue)}</p>` : nothing}
    </div>
  `;
}

/** "Alice Agent is typing…"; always in the page (empty when nobody types) so it stays live. */
export function renderTypingIndicator(name: string | null) {
  return html`<p class="typing" aria-live="polite" data-testid="typing-indicator">
    ${name ? `${name} is typing…` : ''}
  </p>`;
}

/** A note while the socket is down; nothing while it is up or not needed yet. */
export function renderConnection(connection: ConnectionStatus | 'idle') {
  return connection === 'reconnecting'
    ? html`<p class="connection" role="status" data-testid="connection-status">
        Connection lost. Reconnecting…
      </p>`
    : nothing;
}

export const chatStatusStyles = css`
  .status-box {
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--pw-accent-soft);
  }

  .status-box p {
    margin: 0;
  }

  .queue-place {
    font-weight: 600;
  }

  .typing {
    min-height: 20px;
    margin: 0;
    padding: 0 16px;
    color: var(--pw-muted);
    font-size: 13px;
    font-style: italic;
  }

  .connection {
    margin: 0;
    padding: 6px 16px;
    background: var(--pw-warning);
    font-size: 13px;
  }
`;
