import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MESSAGE_MAX } from './validation';
import { ViewHost } from './view-host';

export interface ComposerActions {
  send(text: string): void;
  /** A keystroke changed the text (feeds the typing signal). */
  keystroke(): void;
  /** The visitor sent or emptied the text. */
  stopTyping(): void;
  /** Checks, uploads and sends `file`; resolves to what went wrong, or null. */
  attach(file: File): Promise<string | null>;
}

export interface ComposerOptions {
  /** MIME types the entry point takes; no paperclip when empty. */
  readonly accept: readonly string[];
  /** False until the conversation's id is known (uploads need it). */
  readonly canAttach: boolean;
}

/**
 * Where the visitor writes: a text area (Enter sends, Shift+Enter starts a new line), a send
 * button, and a paperclip that opens the file picker when the entry point takes attachments.
 */
export class Composer {
  private text = '';
  private uploading: string | null = null;
  private problem: string | null = null;

  constructor(private readonly host: ViewHost) {}

  render(options: ComposerOptions, actions: ComposerActions) {
    const submit = (event: Event) => {
      event.preventDefault();
      const text = this.text.trim();
      if (!text) {
        return;
      }
      this.text = '';
      this.problem = null;
      actions.stopTyping();
      actions.send(text);
      this.host.requestUpdate();
    };
    const input = (event: InputEvent) => {
      this.text = (event.target as HTMLTextAreaElement).value;
      if (this.text) {
        actions.keystroke();
      } else {
        actions.stopTyping();
      }
    };
    const keydown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        submit(event);
      }
    };
    const picked = async (event: Event) => {
      const picker = event.target as HTMLInputElement;
      const file = picker.files?.[0];
      picker.value = '';
      if (!file) {
        return;
      }
      this.uploading = file.name;
      this.problem = null;
      this.host.requestUpdate();
      this.problem = await actions.attach(file);
      this.uploading = null;
      this.host.requestUpdate();
    };
    const pickFile = () =>
      this.host.renderRoot.querySelector<HTMLInputElement>('[data-testid="attach-input"]')?.click();
    return html`
      <form class="composer" @submit=${submit}>
        <p class="upload-status" role="status" data-testid="upload-status">
          ${this.uploading ? `Sending “${this.uploading}”…` : (this.problem ?? '')}
        </p>
        <div class="composer-row">
          ${
            options.accept.length
              ? html`
                  <button
                    type="button"
                    class="icon"
                    aria-label="Attach a file"
                    title="Attach a file"
                    data-testid="attach-button"
                    ?disabled=${!options.canAttach || this.uploading !== null}
                    @click=${pickFile}
                  >
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                        stroke-linecap="round"
                        d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4L15.5 7"
                      />
                    </svg>
                  </button>
                  <input
                    class="visually-hidden"
                    type="file"
                    tabindex="-1"
                    aria-hidden="true"
                    accept=${options.accept.join(',')}
                    data-testid="attach-input"
                    ?disabled=${!options.canAttach}
                    @change=${picked}
                  />
                `
              : nothing
          }
          <textarea
            rows="2"
            aria-label="Your message"
            placeholder="Write a message…"
            maxlength=${MESSAGE_MAX}
            data-testid="composer-input"
            .value=${live(this.text)}
            @input=${input}
            @keydown=${keydown}
          ></textarea>
          <button type="submit" class="icon send" aria-label="Send" data-testid="composer-send">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M3 20.5 21 12 3 3.5v6.6l12 1.9-12 1.9z" />
            </svg>
          </button>
        </div>
      </form>
    `;
  }
}

export const composerStyles = css`
  .composer {
    padding: 8px 12px 12px;
    border-top: 1px solid var(--pw-border);
  }

  .composer-row {
    display: flex;
    align-items: flex-end;
    gap: 6px;
  }

  .composer textarea {
    flex: 1;
    min-height: 44px;
    max-height: 120px;
    resize: none;
  }

  .upload-status {
    margin: 0 0 4px;
    color: var(--pw-muted);
    font-size: 13px;
  }

  .upload-status:empty {
    display: none;
  }

  .icon {
    display: grid;
    flex: none;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: none;
    border-radius: 8px;
    background: transparent;
    color: var(--pw-accent);
  }

  .icon:hover:not(:disabled) {
    background: var(--pw-accent-soft);
  }

  .icon:disabled {
    opacity: 0.4;
    cursor: default;
  }

  .icon svg {
    width: 24px;
    height: 24px;
  }

  .send {
    background: var(--pw-accent);
    color: #ffffff;
  }

  .send:hover:not(:disabled) {
    background: var(--pw-accent-strong);
  }
`;
