import { WIDGET_TAG, defineParleyWidget, mountFromScript, ownScript } from './mount';
import { ParleyWidget } from './parley-widget';

describe('mounting the widget from its script tag', () => {
  beforeAll(() => defineParleyWidget());

  // A mounted widget loads its entry point; here the server never answers.
  beforeEach(() =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    ),
  );

  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
    // Added as markup so that the test page does not fetch or run it.
    const holder = document.createElement('div');
    holder.innerHTML = `<script ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ')}></script>`;
    const script = holder.querySelector('script')!;
    document.body.append(script);
    return script;
  }

  it('adds one widget for the data-entry-point to the end of the body', async () => {
    const script = scriptTag({
      src: 'https://parley.example/widget.js',
      'data-entry-point': 'support',
    });

    const widget = mountFromScript(script, document);

    expect(document.body.lastElementChild).toBe(widget);
    expect(document.querySelectorAll(WIDGET_TAG)).toHaveLength(1);
    expect(widget).toBeInstanceOf(ParleyWidget);
    await (widget as ParleyWidget).updateComplete;
    expect((widget as ParleyWidget).entryPoint).toBe('support');
    expect((widget as ParleyWidget).server).toBe('https://parley.example');
  });

  it('adds nothing and says why when the server cannot be told from the src', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const script = document.createElement('script');
    script.setAttribute('data-entry-point', 'support');

    expect(mountFromScript(script, document)).toBeNull();

    expect(document.querySelector(WIDGET_TAG)).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('src'));
  });

  it('adds nothing and says why when the script has no entry point', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const script = scriptTag({ src: 'https://parley.example/widget.js' });

    expect(mountFromScript(script, document)).toBeNull();
    expect(mountFromScript(null, document)).toBeNull();

    expect(document.querySelector(WIDGET_TAG)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data-entry-point'));
  });

  it('waits for the body when the script runs before it exists', () => {
    const page = document.implementation.createHTMLDocument('host page');
    page.body.remove();
    const script = page.createElement('script');
    script.setAttribute('src', 'https://parley.example/widget.js');
    script.setAttribute('data-entry-point', 'sales');

    const widget = mountFromScript(script, page);
    expect(widget?.isConnected).toBe(false);

    page.documentElement.append(page.createElement('body'));
    page.dispatchEvent(new Event('DOMContentLoaded'));

    expect(page.body.lastElementChild).toBe(widget);
    expect(widget?.getAttribute('entry-point')).toBe('sales');
  });

  it('finds its own script tag by its src once it no longer runs', () => {
    scriptTag({ src: '/other.js', 'data-entry-point': 'elsewhere' });
    const own = scriptTag({
      src: 'https://parley.example/widget.js',
      'data-entry-point': 'support',
    });

    expect(ownScript(document)).toBe(own);
  });

  it('registers the element once even when the page loads the script twice', () => {
    expect(() => defineParleyWidget()).not.toThrow();
    expect(customElements.get(WIDGET_TAG)).toBe(ParleyWidget);
  });
});
