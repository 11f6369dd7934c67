import { html, nothing } from 'lit';
import { Channel, EntryPoint } from './entry-point';
import { MenuView } from './menu-view';
import { PreChatForm } from './prechat-form';
import { ViewHost, focusAfterRender } from './view-host';

export type { Channel } from './entry-point';

const CHANNELS: readonly { channel: Channel; label: string; start: string }[] = [
  { channel: 'CHAT', label: 'Chat', start: 'Start chat' },
  { channel: 'VOICE', label: 'Call', start: 'Next: check microphone' },
  { channel: 'VIDEO', label: 'Video', start: 'Next: check camera' },
];

/**
 * Before a chat: where calls work, the Chat, Call and Video buttons (Chat chosen at first); then
 * the menu first (when the entry point has one), then the pre-chat fields, then
 * `start`. A leaf with every pre-chat field hidden starts at once; so does the Start button of
 * an entry point with neither a menu nor fields.
 */
export class StartView {
  private readonly menu: MenuView;
  private readonly preChat: PreChatForm;
  /** The leaf chosen; undefined while the menu shows. */
  private option: string | undefined = undefined;
  private channel: Channel = 'CHAT';

  constructor(private readonly host: ViewHost) {
    this.menu = new MenuView(host);
    this.preChat = new PreChatForm(host);
  }

  render(
    entryPoint: EntryPoint,
    start: (
      option: string | null,
      name: string | null,
      email: string | null,
      channel: Channel,
    ) => void,
    calls = false,
  ) {
    const offered = CHANNELS.filter(
      (entry) =>
        (entry.channel === 'CHAT' || calls) &&
        (entryPoint.channels ?? [entry.channel]).includes(entry.channel),
    );
    if (!offered.some((entry) => entry.channel === this.channel)) {
      this.channel = offered[0]?.channel ?? 'CHAT';
    }
    const channel = this.channel;
    return html`${offered.length > 1 ? this.renderChannels(offered) : nothing}${this.renderSteps(entryPoint, (option, name, email) => start(option, name, email, channel))}`;
  }

  private renderSteps(
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
      CHANNELS.find((entry) => entry.channel === this.channel)?.start,
    )}`;
  }

  private renderChannels(offered: typeof CHANNELS) {
    return html`<div class="channels" role="group" aria-label="How would you like to talk?">
      ${offered.map(
        (entry) =>
          html`<button
            type="button"
            class="secondary"
            data-testid=${`channel-${entry.channel}`}
            aria-pressed=${this.channel === entry.channel ? 'true' : 'false'}
            @click=${() => {
              this.channel = entry.channel;
              this.host.requestUpdate();
            }}
          >
            ${entry.label}
          </button>`,
      )}
    </div>`;
  }

  /** Back to the top of the menu, for the next chat. */
  reset(): void {
    this.option = undefined;
    this.channel = 'CHAT';
    this.menu.reset();
  }
}
