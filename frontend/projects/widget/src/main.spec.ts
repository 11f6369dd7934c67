import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** widget.js as `npm run build:widget` writes it (bundled by bundle-setup.mjs). */
    widgetBundle: string;
  }
}

/**
 * Lit's own bookkeeping, which every copy of Lit on a page shares on purpose: the versions
 * loaded, and the metadata of reactive properties. The widget adds nothing else to the page's
 * global scope (see docs/adr/0012-frontend-workspace.md).
 */
const LIT_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

/** The bundled script, run the way a customer's page runs it. */
describe('widget.js', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('mounts from its script tag and adds no globals of its own to the page', async () => {
    const entryPoint = { name: 'support', texts: { launcher: 'Chat with us' } };
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(entryPoint)));
    vi.stubGlobal('fetch', fetchFn);
    document.body.innerHTML =
      '<script src="https://parley.example/widget.js" data-entry-point="support" async></script>';
    const before = new Set(Object.getOwnPropertyNames(globalThis));

    // A page runs the file as a classic script, in its global scope: what an indirect eval does.
    const runAsClassicScript = eval;
    runAsClassicScript(inject('widgetBundle'));

    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added.sort()).toEqual(LIT_GLOBALS);
    const widget = document.querySelector('parley-widget');
    expect(widget?.getAttribute('entry-point')).toBe('support');
    await customElements.whenDefined('parley-widget');
    await vi.waitFor(() =>
      expect(widget?.shadowRoot?.querySelector('button[aria-label="Chat with us"]')).not.toBeNull(),
    );
    expect(fetchFn).toHaveBeenCalledWith(
      'https://parley.example/api/visitor/entry-points/support',
      expect.anything(),
    );
  });
});
