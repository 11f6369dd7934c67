import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { AttachmentBlobs, formatBytes, isImage } from './attachments';
import { ChatMessage, Delivery } from './chat-message';
import { AttachmentInfo } from './protocol';

const DELIVERY_TEXT: Record<Delivery, string> = {
  pending: 'Sending…',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Not sent',
};

/** `19:30` in the visitor's own time zone and format. */
function time(at: string | null): string {
  if (!at) {
    return '';
  }
  const date = new Date(at);
  return isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The conversation as a live log: the visitor's messages on the right with where each stands
 * (sending, sent, delivered, read, or not sent with the reason and a retry), agents' on the left
 * under their name, system events centred and small. Text is rendered as text, never as HTML.
 */
export function renderMessageList(
  messages: readonly ChatMessage[],
  blobs: AttachmentBlobs,
  retry: (clientId: string) => void,
) {
  return html`
    <ol class="log" role="log" aria-live="polite" aria-label="Messages" data-testid="message-list">
      ${repeat(
        messages,
        (message) =>
          message.side === 'customer' && message.clientId ? message.clientId : `seq-${message.seq}`,
        (message) => html`
          <li
            class="message ${message.side}"
            data-testid="message"
            data-seq=${message.seq ?? ''}
            data-role=${message.role}
          >
            ${
              message.side === 'agent' && message.authorName
                ? html`<span class="author">${message.authorName}</span>`
                : nothing
            }
            ${message.text ? html`<p class="text">${message.text}</p>` : nothing}
            ${message.attachments.map((attachment) => renderAttachment(attachment, blobs))}
            ${message.side === 'system' ? nothing : renderMeta(message, retry)}
          </li>
        `,
      )}
    </ol>
  `;
}

function renderMeta(message: ChatMessage, retry: (clientId: string) => void) {
  const at = time(message.at);
  const delivery = message.delivery;
  return html`
    <span class="meta">
      ${at ? html`<time datetime=${message.at ?? ''}>${at}</time>` : nothing}
      ${
        delivery
          ? html`<span class="delivery ${delivery}" data-testid="delivery">
              ${DELIVERY_TEXT[delivery]}${message.error ? `: ${message.error}` : ''}
            </span>`
          : nothing
      }
      ${
        delivery === 'failed' && message.clientId
          ? html`<button
              type="button"
              class="link"
              data-testid="message-retry"
              @click=${() => retry(message.clientId!)}
            >
              Try again
            </button>`
          : nothing
      }
    </span>
  `;
}

function renderAttachment(attachment: AttachmentInfo, blobs: AttachmentBlobs) {
  const url = blobs.url(attachment.id);
  const label = `${attachment.name} (${formatBytes(attachment.size)})`;
  if (url === 'loading') {
    return html`<span class="attachment" data-testid="attachment">${label} – loading…</span>`;
  }
  if (url === 'failed') {
    return html`<span class="attachment" data-testid="attachment">${label} – unavailable</span>`;
  }
  return html`
    <a
      class="attachment"
      data-testid="attachment"
      href=${url}
      download=${attachment.name}
      title=${`Download ${label}`}
    >
      ${
        isImage(attachment)
          ? html`<img class="thumbnail" src=${url} alt=${attachment.name} />`
          : html`<span aria-hidden="true">📄</span> ${label}`
      }
    </a>
  `;
}

export const messageListStyles = css`
  .log {
    display: flex;
    flex-direction: column;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .message {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-width: 85%;
    padding: 8px 12px;
    border-radius: 12px;
    overflow-wrap: anywhere;
  }

  .message.customer {
    align-self: flex-end;
    align-items: flex-end;
    background: var(--pw-accent);
    color: #ffffff;
    border-bottom-right-radius: 4px;
  }

  .message.agent {
    align-self: flex-start;
    background: var(--pw-bubble);
    border-bottom-left-radius: 4px;
  }

  .message.system {
    align-self: center;
    max-width: 100%;
    padding: 0 8px;
    color: var(--pw-muted);
    font-size: 13px;
    text-align: center;
  }

  .text {
    margin: 0;
    white-space: pre-wrap;
  }

  .author {
    font-size: 12px;
    font-weight: 600;
  }

  .meta {
    display: flex;
    gap: 6px;
    font-size: 12px;
    opacity: 0.85;
  }

  .message.customer .link {
    color: inherit;
  }

  .delivery.failed {
    font-weight: 600;
  }

  .attachment {
    color: inherit;
  }

  .thumbnail {
    display: block;
    max-width: 200px;
    max-height: 160px;
    border-radius: 6px;
  }
`;
