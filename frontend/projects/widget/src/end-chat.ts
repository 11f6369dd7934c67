import { css, html } from 'lit';
import { ViewHost, focusAfterRender } from './view-host';

/** "End chat", asking to confirm in the panel first (no browser `confirm()` on someone's page). */
export class EndChat {
  private confirming = false;

  constructor(private readonly host: ViewHost) {}

  render(end: () => void) {
    if (!this.confirming) {
      return html`<button
        type="button"
        class="secondary end"
        data-testid="end-chat"
        @click=${() => this.ask(true)}
      >
        End chat
      </button>`;
    }
    return html`
      <div class="confirm" role="group" aria-labelledby="end-question">
        <span id="end-question">End this chat?</span>
        <button
          type="button"
          class="danger"
          data-testid="end-chat-confirm"
          @click=${() => {
            end();
            // Until the server says ENDED, the focus stays on the End chat button.
            this.ask(false);
          }}
        >
          Yes, end it
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="end-chat-cancel"
          @click=${() => this.ask(false)}
        >
          Cancel
        </button>
      </div>
    `;
  }

  private ask(confirming: boolean): void {
    this.confirming = confirming;
    this.host.requestUpdate();
    void focusAfterRender(
      this.host,
      confirming ? '[data-testid="end-chat-confirm"]' : '[data-testid="end-chat"]',
    );
  }
}

export const endChatStyles = css`
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    font-size: 14px;
  }
`;
