import { html } from 'lit';
import { EntryPoint } from './entry-point';
import { MenuView } from './menu-view';
import { PreChatForm } from './prechat-form';
import { ViewHost, focusAfterRender } from './view-host';

/**
 * Before a chat: the menu first (when the entry point has one), then the pre-chat fields, then
 * `start`. A leaf with every pre-chat field hidden starts at once; so does the Start button of
 * an entry point with neither a menu nor fields.
 */
export class StartView {
  private readonly menu: MenuView;
  private readonly preChat: PreChatForm;
  /** The leaf chosen; undefined while the menu shows. */
  private option: string | undefined = undefined;

  constructor(private readonly host: ViewHost) {
    this.menu = new MenuView(host);
    this.preChat = new PreChatForm(host);
  }

  render(
    entryPoint: EntryPoint,
    start: (option: string | null, name: string | null, email: string | null) => void,
  ) {
    const hasMenu = entryPoint.menu.options.length > 0;
    const { preChat } = entryPoint;
    if (hasMenu && this.option === undefined) {
      return this.menu.render(entryPoint.menu, (leaf) => {
        if (preChat.name === 'HIDDEN' && preChat.email === 'HIDDEN') {
          this.reset();
          start(leaf, null, null);
          return;
        }
        this.option = leaf;
        this.host.requestUpdate();
        void focusAfterRender(this.host, '.prechat input, .prechat [type="submit"]');
      });
    }
    const option = this.option ?? null;
    return html`${this.preChat.render(
      preChat,
      (name, email) => {
        this.reset();
        start(option, name, email);
      },
      hasMenu
        ? () => {
            this.option = undefined;
            this.host.requestUpdate();
            void focusAfterRender(this.host, '[data-testid="menu-option"]');
          }
        : null,
    )}`;
  }

  /** Back to the top of the menu, for the next chat. */
  reset(): void {
    this.option = undefined;
    this.menu.reset();
  }
}
