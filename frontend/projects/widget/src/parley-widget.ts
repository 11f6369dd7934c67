import { Clock, SystemClock, WebSocketFactory, browserWebSocket } from '@parley/shared';
import { LitElement, PropertyValues, html, nothing } from 'lit';
import { AttachmentBlobs, UploadError, attachmentProblem, uploadAttachment } from './attachments';
import { CallPart } from './call-part';
import { ChatPhase, ChatSession, ChatState } from './chat-session';
import { renderConnection, renderQueueStatus, renderTypingIndicator } from './chat-status';
import { ChatStore, storageKey } from './chat-store';
import { Composer } from './composer';
import { CallMedia, browserMedia } from './devices';
import { EndChat } from './end-chat';
import { EntryPoint, EntryPointError, loadEntryPoint } from './entry-point';
import { LeaveMessageForm } from './leave-message-form';
import { renderMessageList } from './message-list';
import { widgetStyles } from './parley-widget.styles';
import { RatingForm } from './rating-form';
import { visitorSocketUrl } from './server';
import { StartView } from './start-view';
import { TranscriptForm } from './transcript-form';
import { TypingSignal } from './typing-signal';
import { VoicemailPart } from './voicemail-part';

/** What the widget reaches the outside world through; specs hand in fakes. */
export interface WidgetDeps {
  readonly fetch: typeof fetch;
  readonly socketFactory: WebSocketFactory;
  readonly clock: Clock;
  readonly storage: Storage | null;
  /** Calls are offered only with media (WebRTC on a secure page). */
  readonly media?: CallMedia | null;
}

function browserDeps(): WidgetDeps {
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    // Sandboxed frames and some privacy modes refuse storage: the chat lasts one page view.
    storage = null;
  }
  return {
    fetch: (input, init) => fetch(input, init),
    socketFactory: browserWebSocket,
    clock: new SystemClock(),
    storage,
    media: browserMedia(),
  };
}

/**
 * What a visitor sees of Parley on a customer's website: a launcher and the chat panel. It loads
 * its entry point from the Parley server (`server`, the origin of its script) and shows nothing
 * at all when that fails (the console says why). Everything renders into the shadow root.
 *
 * The protocol lives in `ChatSession`; this element only renders its state and passes the
 * visitor's actions on. The panel is a dialog: opening moves the focus into it, Escape or the
 * close button closes it and gives the focus back to the launcher; when a chat starts or ends the
 * focus moves to what replaced the part that had it.
 */
export class ParleyWidget extends LitElement {
  static override properties = {
    entryPoint: { attribute: 'entry-point' },
    server: { attribute: 'server' },
    open: { state: true },
    config: { state: true },
  };

  static override styles = widgetStyles;

  /** The Parley entry point (from the script tag's `data-entry-point`) the visitor comes through. */
  declare entryPoint: string;
  /** Origin of the Parley server (from the script tag's `src`). */
  declare server: string;
  /** Whether the panel shows. */
  declare protected open: boolean;
  /** The entry point's configuration, once loaded. */
  declare protected config: EntryPoint | null;

  /** Replaced by specs before the element is connected. */
  deps: WidgetDeps = browserDeps();

  private session: ChatSession | null = null;
  private readonly call = new CallPart();
  private blobs: AttachmentBlobs | null = null;
  private voicemail: VoicemailPart | null = null;
  private typing: TypingSignal | null = null;
  private loadedFor = '';
  private shownPhase: ChatPhase | null = null;
  private shownMessages = 0;
  /** Whether the focus was in the panel when the last render began. */
  private focusWasInPanel = false;

  private readonly start = new StartView(this);
  private readonly composer = new Composer(this);
  private readonly endChat = new EndChat(this);
  private readonly rating = new RatingForm(this);
  private readonly transcript = new TranscriptForm(this);
  private readonly leaveMessage = new LeaveMessageForm(this);

  constructor() {
    super();
    this.entryPoint = '';
    this.server = '';
    this.open = false;
    this.config = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: load again (a no-op while the same load is current).
    this.loadedFor = '';
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.typing?.stop();
    this.session?.disconnect();
    this.session = null;
    this.call.dispose();
    this.voicemail?.dispose();
    this.blobs?.revokeAll();
    this.config = null;
  }

  protected override willUpdate(): void {
    this.focusWasInPanel = this.shadowRoot?.activeElement?.closest('.panel') != null;
    if (this.call.ringStarted() && !this.open) {
      this.open = true; // the callback the visitor asked for: show its Answer button
    }
    const wanted =
      this.isConnected && this.server && this.entryPoint ? `${this.server} ${this.entryPoint}` : '';
    if (wanted && wanted !== this.loadedFor) {
      this.loadedFor = wanted;
      void this.load(wanted);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const state = this.session?.state;
    if (!state) {
      return;
    }
    // Read means shown: the panel is open and the page is not in a background tab.
    if (this.open && document.visibilityState !== 'hidden') {
      this.session?.markRead();
    }
    if (state.messages.length !== this.shownMessages) {
      this.shownMessages = state.messages.length;
      const body = this.renderRoot.querySelector('.body');
      body?.scrollTo?.({ top: body.scrollHeight });
    }
    if (state.phase !== this.shownPhase) {
      const before = this.shownPhase;
      this.shownPhase = state.phase;
      if (before !== null && this.open && this.focusWasInPanel && !changed.has('open')) {
        this.focusForPhase(state.phase);
      }
    }
  }

  protected override render() {
    const config = this.config;
    const session = this.session;
    if (!config || !session) {
      return nothing;
    }
    const state = session.state;
    return html`
      <section
        id="panel"
        class="panel"
        role="dialog"
        aria-labelledby="panel-title"
        tabindex="-1"
        data-testid="widget-panel"
        ?hidden=${!this.open}
        @keydown=${this.closeOnEscape}
      >
        <header>
          <div>
            <h2 id="panel-title">${config.texts.title}</h2>
            ${
              state.phase === 'ACTIVE' && state.agentName
                ? html`<p class="agent" data-testid="agent-name">${state.agentName}</p>`
                : nothing
            }
          </div>
          <button type="button" class="close" aria-label="Close chat" @click=${this.close}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        ${renderConnection(state.connection)}
        ${this.call.render(session, state.phase, this.deps.clock.now())}
        ${
          state.refused
            ? html`<div class="body"><p>Chat is not available on this page.</p></div>`
            : this.renderPhase(config, state)
        }
      </section>
      <button
        type="button"
        class="launcher"
        aria-label=${config.texts.launcher}
        title=${config.texts.launcher}
        aria-controls="panel"
        aria-expanded=${this.open ? 'true' : 'false'}
        data-testid="widget-launcher"
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
      <audio data-hold-music hidden></audio>
      <audio data-voicemail-prompt hidden></audio>
    `;
  }

  private renderPhase(config: EntryPoint, state: ChatState) {
    const session = this.session!;
    const notice = state.notice
      ? html`<p class="notice" role="status" data-testid="notice">${state.notice}</p>`
      : nothing;
    const messages = renderMessageList(state.messages, this.blobs!, (clientId) =>
      session.retry(clientId),
    );
    switch (state.phase) {
      case 'NEW':
        if (this.call.preparing) {
          return html`<div class="body">${notice}</div>`; // the pre-call check shows above
        }
        return html`<div class="body">
          ${
            config.texts.greeting
              ? html`<p class="greeting" data-testid="greeting">${config.texts.greeting}</p>`
              : nothing
          }
          ${notice}
          ${this.start.render(
            config,
            (option, name, email, channel) =>
              this.call.start(session, option, name, email, channel),
            this.call.offered,
          )}
        </div>`;
      case 'RESUMING':
        return html`<div class="body">
          <p role="status">Reconnecting to your chat…</p>
          ${messages}
        </div>`;
      case 'STARTING':
      case 'QUEUED':
      case 'ACTIVE':
        return html`
          <div class="body">
            ${
              state.phase === 'ACTIVE'
                ? nothing
                : renderQueueStatus(config.texts.waiting || 'Please wait…', state.queue)
            }
            ${messages} ${notice}
          </div>
          ${renderTypingIndicator(state.agentTyping)}
          ${this.composer.render(
            { accept: config.attachments.types, canAttach: state.conversationId !== null },
            {
              send: (text) => session.send(text),
              keystroke: () => this.typing?.keystroke(),
              stopTyping: () => this.typing?.stop(),
              attach: (file) => this.attach(config, file),
            },
          )}
          ${this.call.live ? nothing : html`<footer>${this.endChat.render(() => session.end())}</footer>`}
        `;
      case 'ENDED':
        return html`<div class="body">
          ${messages}
          <p class="phase-text" tabindex="-1" data-testid="ended">
            ${state.statusText || config.texts.ended}
          </p>
          ${notice}
          ${this.rating.render(state.rated, (score, comment) => session.rate(score, comment))}
          ${this.transcript.render(state.transcriptEmail, (email) =>
            session.requestTranscript(email),
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="new-chat"
              @click=${() => this.startOver()}
            >
              Start new chat
            </button>
          </div>
        </div>`;
      case 'OFFLINE':
        return html`<div class="body">
          <p class="phase-text" tabindex="-1" data-testid="offline">
            ${state.statusText || config.texts.offline}
          </p>
          ${notice}
          ${this.leaveMessage.render((name, email, text) =>
            session.leaveMessage(name, email, text),
          )}
        </div>`;
      case 'VOICEMAIL':
        return html`<div class="body">
          <p class="phase-text" tabindex="-1" data-testid="voicemail">
            ${state.statusText || 'Nobody can take your call now. Please leave a message.'}
          </p>
          ${notice} ${this.voicemail?.render(state.conversationId, session.bearerToken)}
        </div>`;
      case 'MESSAGE_LEFT':
        return html`<div class="body">
          <p class="phase-text" role="status" tabindex="-1" data-testid="message-left">
            ${state.statusText || 'Thank you! We got your message and will answer by e-mail.'}
          </p>
        </div>`;
    }
  }

  private async load(wanted: string): Promise<void> {
    const { server, entryPoint, deps } = this;
    let config: EntryPoint;
    try {
      config = await loadEntryPoint(server, entryPoint, window.location.origin, deps.fetch);
    } catch (error) {
      console.error(
        error instanceof EntryPointError ? error.message : `Parley widget: ${String(error)}`,
      );
      return;
    }
    if (wanted !== this.loadedFor || !this.isConnected) {
      return;
    }
    this.session?.disconnect();
    const key = storageKey(server, entryPoint);
    const session = new ChatSession({
      url: visitorSocketUrl(server, entryPoint),
      factory: deps.socketFactory,
      clock: deps.clock,
      store: new ChatStore(deps.storage, key),
      onChange: () => this.requestUpdate(),
      onFrame: (frame) => this.call.frame(frame),
    });
    this.call.attach({
      media: deps.media ?? null,
      clock: deps.clock,
      storage: deps.storage,
      key,
      server,
      chat: session,
      root: this.renderRoot,
      onChange: () => this.requestUpdate(),
    });
    this.session = session;
    this.voicemail?.dispose();
    this.voicemail = new VoicemailPart({
      server,
      fetch: deps.fetch,
      clock: deps.clock,
      media: deps.media ?? null,
      recorder:
        typeof MediaRecorder === 'function'
          ? (stream) => new MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus' })
          : null,
      playPrompt: (url) => playOnce(this.renderRoot, url),
      onChange: () => this.requestUpdate(),
    });
    this.typing = new TypingSignal(deps.clock, (active) => session.typing(active));
    this.blobs?.revokeAll();
    this.blobs = new AttachmentBlobs(
      server,
      () => session.bearerToken,
      deps.fetch,
      () => this.requestUpdate(),
    );
    this.shownPhase = null;
    if (session.resumable) {
      // A chat is going on (this is a reload): pick it up without waiting for a click.
      session.connect();
    }
    this.config = config;
  }

  private async attach(config: EntryPoint, file: File): Promise<string | null> {
    const problem = attachmentProblem(file, config.attachments);
    if (problem) {
      return problem;
    }
    const session = this.session;
    const conversationId = session?.state.conversationId;
    const token = session?.bearerToken;
    if (!session || !conversationId || !token) {
      return 'Files can be sent once the chat has started.';
    }
    try {
      const stored = await uploadAttachment(
        this.server,
        conversationId,
        token,
        file,
        this.deps.fetch,
      );
      session.send('', [stored]);
      return null;
    } catch (error) {
      return error instanceof UploadError ? error.message : `“${file.name}” could not be sent.`;
    }
  }

  private startOver(): void {
    this.voicemail?.dispose();
    this.blobs?.revokeAll();
    this.call.reset();
    this.session?.startOver();
  }

  /**
   * Where the focus goes when the chat moves on under it (the part that had it may be gone), so
   * it is never lost; only when it was in the panel, so nothing is taken from the page.
   */
  private focusForPhase(phase: ChatPhase): void {
    const target: Partial<Record<ChatPhase, string>> = {
      NEW: '[data-testid="menu-option"], .prechat input, [data-testid="prechat-start"]',
      STARTING: '[data-testid="composer-input"]',
      ENDED: '.phase-text',
      OFFLINE: '.phase-text',
      MESSAGE_LEFT: '.phase-text',
      VOICEMAIL: '.phase-text',
    };
    const selector = target[phase];
    if (selector) {
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  private async toggle(): Promise<void> {
    if (this.open) {
      await this.close();
      return;
    }
    this.open = true;
    this.session?.connect();
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

/** Plays `url` once in the widget's hidden prompt element; resolves when it ended or failed. */
function playOnce(root: HTMLElement | DocumentFragment, url: string): Promise<void> {
  const audio = root.querySelector<HTMLAudioElement>('audio[data-voicemail-prompt]');
  if (!audio) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => resolve();
    audio.addEventListener('ended', done, { once: true });
    audio.addEventListener('error', done, { once: true });
    audio.src = url;
    audio.play().catch(done);
  });
}
