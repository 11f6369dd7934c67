import { LitElement, html } from 'lit';
import { widgetStyles } from './parley-widget.styles';

/**
 * What a visitor sees of Parley on a customer's website: a launcher button that opens and closes
 * a panel. Everything renders into the element's shadow root, so the page's CSS does not reach in
 * and the widget's CSS does not leak out. The panel is empty until web chat fills it in.
 *
 * Keyboard: the launcher and the close button are native buttons (Tab, Enter, Space); opening
 * moves the focus into the panel, Escape closes it and puts the focus back on the launcher.
 */
export class ParleyWidget extends LitElement {
  static override properties = {
    entryPoint: { attribute: 'entry-point' },
    open: { state: true },
  };

  static override styles = widgetStyles;

  /** The Parley entry point (from the script tag's `data-entry-point`) the visitor comes through. */
  declare entryPoint: string;
  /** Whether the panel shows. */
  declare protected open: boolean;

  constructor() {
    super();
    this.entryPoint = '';
    this.open = false;
  }

  protected override render() {
    return html`
      <section
        id="panel"
        class="panel"
        role="dialog"
        aria-labelledby="panel-title"
        tabindex="-1"
        ?hidden=${!this.open}
        @keydown=${this.closeOnEscape}
      >
        <header>
          <h2 id="panel-title">Chat with us</h2>
          <button type="button" class="close" aria-label="Close chat" @click=${this.close}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
      </section>
      <button
        type="button"
        class="launcher"
        aria-label="Chat with us"
        aria-controls="panel"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${this.toggle}
        @keydown=${this.closeOnEscape}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z"
          />
        </svg>
      </button>
    `;
  }

  private async toggle(): Promise<void> {
    if (this.open) {
      await this.close();
      return;
    }
    this.open = true;
    await this.updateComplete;
    this.inShadow('.panel').focus();
  }

  private async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    this.inShadow('.launcher').focus();
  }

  private closeOnEscape(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      void this.close();
    }
  }

  private inShadow(selector: string): HTMLElement {
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`parley-widget has no ${selector}`);
    }
    return element;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-widget': ParleyWidget;
  }
}
