import { defineParleyWidget } from './mount';
import { ParleyWidget } from './parley-widget';

describe('ParleyWidget', () => {
  let widget: ParleyWidget;

  beforeAll(() => defineParleyWidget());

  beforeEach(async () => {
    widget = document.createElement('parley-widget');
    widget.setAttribute('entry-point', 'support');
    document.body.append(widget);
    await widget.updateComplete;
  });

  afterEach(() => widget.remove());

  function inShadow(selector: string): HTMLElement {
    const element = widget.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`no ${selector} in the shadow root`);
    }
    return element;
  }

  const launcher = () => inShadow('.launcher');
  const panel = () => inShadow('.panel');
  const focused = () => widget.shadowRoot?.activeElement;

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

  it('renders into its shadow root and leaves the light DOM empty', () => {
    expect(widget.shadowRoot).not.toBeNull();
    expect(launcher()).toBeTruthy();
    expect(widget.children).toHaveLength(0);
    expect(document.querySelector('.launcher, .panel')).toBeNull();
  });

  it('adds no style to the page, only to its shadow root', async () => {
    // jsdom also lists a shadow root's <style> in document.styleSheets (browsers do not), so
    // count what the page itself holds: style elements and adopted sheets.
    const pageStyles = () => ({
      elements: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      adopted: document.adoptedStyleSheets?.length ?? 0,
    });
    const before = pageStyles();

    const another = document.createElement('parley-widget');
    document.body.append(another);
    await another.updateComplete;

    expect(pageStyles()).toEqual(before);
    const shadow = another.shadowRoot!;
    expect(shadow.querySelectorAll('style').length + (shadow.adoptedStyleSheets?.length ?? 0)).toBe(
      1,
    );
    another.remove();
  });

  it('takes the entry point from its attribute', () => {
    expect(widget.entryPoint).toBe('support');
  });

  it('has a labelled launcher that the keyboard reaches', () => {
    expect(launcher()).toBeInstanceOf(HTMLButtonElement);
    expect(launcher().getAttribute('aria-label')).toBe('Chat with us');
    expect(launcher().tabIndex).toBe(0);
    expect(launcher().getAttribute('aria-controls')).toBe(panel().id);

    launcher().focus();

    expect(focused()).toBe(launcher());
  });

  it('starts closed', () => {
    expect(panel().hidden).toBe(true);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the panel from the keyboard and moves the focus into it', async () => {
    launcher().focus();

    await press('Enter');

    expect(panel().hidden).toBe(false);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe(panel());
  });

  it('shows a dialog named by its heading', async () => {
    launcher().focus();
    await press('Enter');

    expect(panel().getAttribute('role')).toBe('dialog');
    const title = inShadow(`#${panel().getAttribute('aria-labelledby')}`);
    expect(title.tagName).toBe('H2');
    expect(title.textContent).toBe('Chat with us');
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    launcher().focus();
    await press('Enter');

    await press('Escape');

    expect(panel().hidden).toBe(true);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(focused()).toBe(launcher());
  });

  it('toggles with the launcher', async () => {
    launcher().focus();
    await press(' ');
    launcher().focus();

    await press(' ');

    expect(panel().hidden).toBe(true);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with its close button', async () => {
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
