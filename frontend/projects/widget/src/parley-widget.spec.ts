import { FakeClock, FakeWebSocket, fakeWebSocketFactory } from '@parley/shared/testing';
import { EntryPoint } from './entry-point';
import { defineParleyWidget } from './mount';
import { ParleyWidget } from './parley-widget';
import { SUPPORT } from './testing/fixtures';

const SERVER = 'https://parley.example';

describe('ParleyWidget', () => {
  let widget: ParleyWidget;
  let clock: FakeClock;
  let sockets: FakeWebSocket[];
  let fetchFn: ReturnType<typeof vi.fn<typeof fetch>>;
  let config: EntryPoint | null;

  beforeAll(() => defineParleyWidget());

  beforeEach(() => {
    clock = new FakeClock();
    config = SUPPORT;
    fetchFn = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input);
      if (url.includes('/entry-points/')) {
        return config
          ? new Response(JSON.stringify(config))
          : new Response('{"error":"origin not allowed"}', { status: 403 });
      }
      if (url.includes('/attachments?') && init?.method === 'POST') {
        const file = init.body as File;
        return new Response(
          JSON.stringify({ id: 'a-1', name: file.name, type: file.type, size: file.size }),
          { status: 201 },
        );
      }
      return new Response(new Blob(['file']));
    });
  });

  afterEach(() => {
    widget?.remove();
    localStorage.clear();
    vi.restoreAllMocks();
  });

  async function mount(): Promise<void> {
    const fake = fakeWebSocketFactory();
    sockets = fake.sockets;
    widget = document.createElement('parley-widget');
    widget.deps = { fetch: fetchFn, socketFactory: fake.factory, clock, storage: localStorage };
    widget.setAttribute('entry-point', 'support');
    widget.setAttribute('server', SERVER);
    document.body.append(widget);
    await vi.waitFor(() => expect(widget.shadowRoot?.querySelector('.launcher')).not.toBeNull());
  }

  function inShadow<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = widget.shadowRoot?.querySelector<T>(selector);
    if (!element) {
      throw new Error(`no ${selector} in the shadow root`);
    }
    return element;
  }

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    inShadow<T>(`[data-testid="${id}"]`);
  const all = (selector: string) => [...widget.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const launcher = () => byTestId('widget-launcher');
  const panel = () => byTestId('widget-panel');
  const focused = () => widget.shadowRoot?.activeElement;
  const socket = () => sockets[sockets.length - 1];
  const sent = () =>
    socket()
      .sent.map((data) => JSON.parse(data))
      .filter((frame) => frame.type !== 'ping');
  const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();

  /** The server says something; the widget renders it. */
  async function server(frame: unknown): Promise<void> {
    socket().serverSends(frame);
    await widget.updateComplete;
  }

  async function click(element: HTMLElement): Promise<void> {
    element.click();
    await widget.updateComplete;
  }

  function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /**
   * Presses `key` on the focused element, as a keyboard would: keydown, the activation a browser
   * gives a focused `<button>` for Enter and Space (jsdom leaves that out), keyup.
   */
  async function press(key: 'Enter' | ' ' | 'Escape'): Promise<void> {
    const target = focused() ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    if (key !== 'Escape' && target instanceof HTMLButtonElement) {
      target.click();
    }
    target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    await widget.updateComplete;
  }

  /** Opens the panel and plays the server up to `welcome`. */
  async function openAndWelcome(conversation: unknown = null): Promise<void> {
    await click(launcher());
    socket().serverOpens();
    await server({ type: 'welcome', token: 't-1', conversation });
  }

  /** Up to an active chat with Alice, through the menu and the pre-chat form. */
  async function activeChat(): Promise<void> {
    await openAndWelcome();
    await click(inShadow('[data-option-id="billing"]'));
    type(byTestId('prechat-email'), 'ann@example.com');
    await click(byTestId('prechat-start'));
    await server({ type: 'status', status: 'QUEUED' });
    await server({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
    await server({
      type: 'message',
      conversationId: 'c-1',
      message: {
        seq: 1,
        author: { role: 'SYSTEM' },
        kind: 'EVENT',
        text: 'Alice Agent joined',
        at: '2026-12-04T19:30:00Z',
      },
    });
  }

  describe('loading', () => {
    it('loads its entry point from the server and labels the launcher with its text', async () => {
      config = { ...SUPPORT, texts: { ...SUPPORT.texts, launcher: 'Need help?' } };
      await mount();

      expect(fetchFn).toHaveBeenCalledWith(
        `${SERVER}/api/visitor/entry-points/support`,
        expect.anything(),
      );
      expect(launcher().getAttribute('aria-label')).toBe('Need help?');
      expect(inShadow('#panel-title').textContent).toBe('Support');
    });

    it('renders nothing at all and says why in the console when the entry point is refused', async () => {
      config = null;
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const fake = fakeWebSocketFactory();
      widget = document.createElement('parley-widget');
      widget.deps = { fetch: fetchFn, socketFactory: fake.factory, clock, storage: localStorage };
      widget.setAttribute('entry-point', 'support');
      widget.setAttribute('server', SERVER);
      document.body.append(widget);

      await vi.waitFor(() => expect(error).toHaveBeenCalled());

      expect(error.mock.calls[0][0]).toMatch(
        /^Parley widget: this page's origin \(.*\) is not allowed for entry point "support"/,
      );
      await widget.updateComplete;
      expect(widget.shadowRoot?.querySelector('button, section')).toBeNull();
      expect(fake.sockets).toHaveLength(0);
    });

    it('connects only when opened, unless a chat is going on', async () => {
      await mount();
      expect(sockets).toHaveLength(0);

      await click(launcher());

      expect(socket().url).toBe('wss://parley.example/ws/visitor/support');
    });
  });

  describe('panel', () => {
    beforeEach(() => mount());

    it('renders into its shadow root and leaves the light DOM empty', () => {
      expect(widget.children).toHaveLength(0);
      expect(document.querySelector('.launcher, .panel')).toBeNull();
    });

    it('adds no style to the page, only one sheet to its shadow root', async () => {
      const shadow = widget.shadowRoot!;
      expect(document.querySelectorAll('style, link[rel="stylesheet"]')).toHaveLength(0);
      expect(document.adoptedStyleSheets?.length ?? 0).toBe(0);
      expect(
        shadow.querySelectorAll('style').length + (shadow.adoptedStyleSheets?.length ?? 0),
      ).toBe(1);
    });

    it('has a labelled launcher that the keyboard reaches, and starts closed', () => {
      expect(launcher()).toBeInstanceOf(HTMLButtonElement);
      expect(launcher().getAttribute('aria-controls')).toBe(panel().id);
      expect(panel().hidden).toBe(true);
      expect(launcher().getAttribute('aria-expanded')).toBe('false');

      launcher().focus();

      expect(focused()).toBe(launcher());
    });

    it('opens from the keyboard as a dialog named by its heading, with the focus in it', async () => {
      launcher().focus();

      await press('Enter');

      expect(panel().hidden).toBe(false);
      expect(launcher().getAttribute('aria-expanded')).toBe('true');
      expect(focused()).toBe(panel());
      expect(panel().getAttribute('role')).toBe('dialog');
      expect(inShadow(`#${panel().getAttribute('aria-labelledby')}`).tagName).toBe('H2');
    });

    it('closes on Escape and gives the focus back to the launcher', async () => {
      launcher().focus();
      await press('Enter');

      await press('Escape');

      expect(panel().hidden).toBe(true);
      expect(focused()).toBe(launcher());
    });

    it('toggles with the launcher and closes with its close button', async () => {
      launcher().focus();
      await press(' ');
      launcher().focus();
      await press(' ');
      expect(panel().hidden).toBe(true);

      launcher().focus();
      await press('Enter');
      const close = inShadow('.close');
      expect(close.getAttribute('aria-label')).toBe('Close chat');
      close.focus();
      await press('Enter');

      expect(panel().hidden).toBe(true);
      expect(focused()).toBe(launcher());
    });
  });

  describe('a chat', () => {
    beforeEach(() => mount());

    it('greets, walks the menu and the pre-chat form, and starts', async () => {
      await openAndWelcome();

      expect(byTestId('greeting').textContent).toBe('Hi! What can we help you with?');
      await click(inShadow('[data-option-id="tech"]'));
      await click(inShadow('[data-option-id="tech-en"]'));
      type(byTestId('prechat-name'), 'Ann');
      type(byTestId('prechat-email'), 'ann@example.com');
      await click(byTestId('prechat-start'));

      expect(sent().at(-1)).toEqual({
        type: 'start',
        option: 'tech-en',
        name: 'Ann',
        email: 'ann@example.com',
      });
      expect(focused()).toBe(byTestId('composer-input'));
    });

    it('shows the live place in the queue, then the agent and the messages', async () => {
      await openAndWelcome();
      await click(inShadow('[data-option-id="billing"]'));
      type(byTestId('prechat-email'), 'ann@example.com');
      await click(byTestId('prechat-start'));
      await server({ type: 'status', status: 'QUEUED' });
      await server({ type: 'queue', position: 2, estimatedWaitSeconds: 90 });

      expect(text(byTestId('queue-status'))).toBe(
        'Thanks! An agent will be with you shortly. Position 2 in the queue, about 2 min',
      );
      await server({ type: 'queue', position: 1, estimatedWaitSeconds: 30 });
      expect(text(byTestId('queue-status'))).toContain('Position 1 in the queue, about 1 min');

      await server({ type: 'status', status: 'ACTIVE', agentName: 'Alice Agent' });
      await server({
        type: 'message',
        conversationId: 'c-1',
        message: {
          seq: 1,
          author: { role: 'SYSTEM' },
          kind: 'EVENT',
          text: 'Alice Agent joined',
          at: '2026-12-04T19:30:00Z',
        },
      });

      expect(all('[data-testid="queue-status"]')).toHaveLength(0);
      expect(byTestId('agent-name').textContent).toBe('Alice Agent');
      const [joined] = all('[data-testid="message"]');
      expect([joined.dataset['seq'], joined.dataset['role'], text(joined)]).toEqual([
        '1',
        'SYSTEM',
        'Alice Agent joined',
      ]);
      expect(sent().at(-1)).toEqual({ type: 'read', seq: 1 });
    });

    it('sends a message, pending until its ack, then delivered and read', async () => {
      await activeChat();
      type(byTestId('composer-input'), 'My invoice is wrong');
      await click(byTestId('composer-send'));

      const frame = sent().find((sentFrame) => sentFrame.type === 'message');
      expect(frame).toMatchObject({ text: 'My invoice is wrong', attachments: [] });
      const mine = () => all('[data-testid="message"][data-role="CUSTOMER"]')[0];
      expect(text(mine())).toContain('Sending…');

      await server({ type: 'ack', clientId: frame.clientId, seq: 2, at: '2026-12-04T19:31:00Z' });
      expect(mine().dataset['seq']).toBe('2');
      expect(text(mine().querySelector('[data-testid="delivery"]')!)).toBe('Sent');
      await server({ type: 'read', seq: 2 });
      expect(text(mine().querySelector('[data-testid="delivery"]')!)).toBe('Read');
    });

    it('shows a refused message as not sent with the reason', async () => {
      await activeChat();
      type(byTestId('composer-input'), 'again');
      await click(byTestId('composer-send'));
      const clientId = sent().find((frame) => frame.type === 'message').clientId;

      await server({
        type: 'error',
        code: 'RATE_LIMITED',
        message: 'You are sending too fast.',
        clientId,
      });

      expect(text(all('[data-testid="message"]').at(-1)!)).toContain(
        'Not sent: You are sending too fast.',
      );
    });

    it('says typing while the visitor types and shows when the agent types', async () => {
      await activeChat();

      type(byTestId('composer-input'), 'H');
      expect(sent().at(-1)).toEqual({ type: 'typing', active: true });
      clock.advance(3_000);
      expect(sent().at(-1)).toEqual({ type: 'typing', active: false });

      await server({ type: 'typing', name: 'Alice Agent', active: true });
      expect(text(byTestId('typing-indicator'))).toBe('Alice Agent is typing…');
      expect(byTestId('typing-indicator').getAttribute('aria-live')).toBe('polite');
    });

    it('uploads a file with the token and sends it in a message', async () => {
      await activeChat();
      const picker = byTestId<HTMLInputElement>('attach-input');
      const file = new File(['png'], 'photo.png', { type: 'image/png' });
      Object.defineProperty(picker, 'files', { value: [file], configurable: true });

      picker.dispatchEvent(new Event('change'));

      await vi.waitFor(() =>
        expect(sent().at(-1)).toMatchObject({ type: 'message', text: '', attachments: ['a-1'] }),
      );
      expect(fetchFn).toHaveBeenCalledWith(
        `${SERVER}/api/visitor/conversations/c-1/attachments?name=photo.png`,
        expect.objectContaining({
          method: 'POST',
          headers: expect.objectContaining({ Authorization: 'Bearer t-1' }),
        }),
      );
    });

    it('refuses a file over the size limit before uploading', async () => {
      config = { ...SUPPORT, attachments: { maxBytes: 2, types: ['image/png'] } };
      widget.remove();
      await mount();
      await activeChat();
      const picker = byTestId<HTMLInputElement>('attach-input');
      Object.defineProperty(picker, 'files', {
        value: [new File(['12345'], 'big.png', { type: 'image/png' })],
      });

      picker.dispatchEvent(new Event('change'));

      await vi.waitFor(() =>
        expect(text(byTestId('upload-status'))).toBe('“big.png” is 5 B; files can be at most 2 B.'),
      );
      expect(fetchFn.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
    });

    it('hides the paperclip when the entry point takes no files', async () => {
      config = { ...SUPPORT, attachments: { maxBytes: 0, types: [] } };
      widget.remove();
      await mount();
      await activeChat();

      expect(all('[data-testid="attach-input"], [data-testid="attach-button"]')).toHaveLength(0);
    });

    it('ends after confirming, then rates, asks for the transcript and starts over', async () => {
      await activeChat();
      await click(byTestId('end-chat'));
      await click(byTestId('end-chat-confirm'));
      expect(sent().at(-1)).toEqual({ type: 'end' });

      await server({ type: 'status', status: 'ENDED' });
      expect(text(byTestId('ended'))).toBe('The chat has ended. Thank you!');
      expect(focused()).toBe(byTestId('ended'));

      await click(byTestId('rating-5'));
      await click(byTestId('rating-submit'));
      expect(sent().at(-1)).toEqual({ type: 'rate', score: 5 });
      expect(text(byTestId('rating-thanks'))).toBe('Thank you for your feedback!');

      type(byTestId('transcript-email'), 'ann@example.com');
      await click(byTestId('transcript-submit'));
      expect(sent().at(-1)).toEqual({ type: 'transcript', email: 'ann@example.com' });

      await click(byTestId('new-chat'));
      expect(byTestId('greeting')).toBeTruthy();
      expect(all('[data-testid="message"]')).toHaveLength(0);
    });

    it('offers to leave a message when offline and confirms it', async () => {
      await openAndWelcome();
      await click(inShadow('[data-option-id="billing"]'));
      type(byTestId('prechat-email'), 'ann@example.com');
      await click(byTestId('prechat-start'));
      await server({ type: 'status', status: 'OFFLINE', text: 'We are closed until 9:00.' });

      expect(text(byTestId('offline'))).toBe('We are closed until 9:00.');
      type(byTestId('leave-email'), 'ann@example.com');
      type(byTestId('leave-text'), 'Please call me.');
      await click(byTestId('leave-submit'));
      expect(sent().at(-1)).toEqual({
        type: 'leaveMessage',
        name: '',
        email: 'ann@example.com',
        text: 'Please call me.',
      });

      await server({ type: 'status', status: 'MESSAGE_LEFT' });
      expect(text(byTestId('message-left'))).toContain('Thank you!');
    });

    it('continues the conversation after a reload', async () => {
      await activeChat();
      await server({
        type: 'message',
        conversationId: 'c-1',
        message: {
          seq: 2,
          author: { role: 'AGENT', name: 'Alice Agent' },
          kind: 'TEXT',
          text: 'Hi Ann',
          at: '2026-12-04T19:31:00Z',
        },
      });
      widget.remove();

      await mount();

      expect(sockets).toHaveLength(1);
      socket().serverOpens();
      expect(sent()).toEqual([{ type: 'hello', token: 't-1', lastSeq: 2 }]);
      await server({
        type: 'welcome',
        token: 't-1',
        conversation: { id: 'c-1', status: 'ACTIVE', agentName: 'Alice Agent' },
      });
      expect(
        all('[data-testid="message"]').map((item) => text(item.querySelector('.text')!)),
      ).toEqual(['Alice Agent joined', 'Hi Ann']);
    });
  });
});
