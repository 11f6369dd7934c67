import { css, html } from 'lit';
import { MenuOption } from './entry-point';
import { ViewHost, focusAfterRender } from './view-host';

/**
 * The visual menu: a button per option of the current level; an option with sub-options opens
 * them (with a Back button), a leaf is chosen. The focus follows to the first option of the
 * level shown, so keyboard users never land on nothing.
 */
export class MenuView {
  /** The options opened so far, outermost first. */
  private path: readonly MenuOption[] = [];

  constructor(private readonly host: ViewHost) {}

  render(menu: { prompt: string; options: readonly MenuOption[] }, choose: (leaf: string) => void) {
    const open = this.path.at(-1);
    const options = open ? open.options : menu.options;
    const heading = open ? open.label : menu.prompt;
    return html`
      <nav class="menu" aria-label=${heading || 'Topics'}>
        ${heading ? html`<p class="menu-prompt">${heading}</p>` : null}
        <ul>
          ${options.map(
            (option) => html`
              <li>
                <button
                  type="button"
                  class="option"
                  data-testid="menu-option"
                  data-option-id=${option.id}
                  aria-haspopup=${option.options.length ? 'true' : 'false'}
                  @click=${() => this.pick(option, choose)}
                >
                  ${option.label}
                  ${option.options.length ? html`<span aria-hidden="true">›</span>` : null}
                </button>
              </li>
            `,
          )}
        </ul>
        ${
          open
            ? html`<button
                type="button"
                class="link"
                data-testid="menu-back"
                @click=${() => this.back()}
              >
                ‹ Back
              </button>`
            : null
        }
      </nav>
    `;
  }

  /** Back to the top level (e.g. after the chat started). */
  reset(): void {
    this.path = [];
  }

  private pick(option: MenuOption, choose: (leaf: string) => void): void {
    if (option.options.length === 0) {
      choose(option.id);
      return;
    }
    this.path = [...this.path, option];
    this.changed();
  }

  private back(): void {
    this.path = this.path.slice(0, -1);
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    void focusAfterRender(this.host, '[data-testid="menu-option"]');
  }
}

export const menuStyles = css`
  .menu ul {
    display: grid;
    gap: 8px;
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }

  .menu-prompt {
    margin: 0 0 8px;
    font-weight: 600;
  }

  .option {
    display: flex;
    justify-content: space-between;
    width: 100%;
    padding: 10px 14px;
    border: 1px solid var(--pw-accent);
    border-radius: 8px;
    background: var(--pw-surface);
    color: var(--pw-accent);
    text-align: start;
  }

  .option:hover {
    background: var(--pw-accent-soft);
  }
`;
