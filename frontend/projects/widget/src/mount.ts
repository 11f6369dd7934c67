import { ParleyWidget } from './parley-widget';
import { serverBase } from './server';

export const WIDGET_TAG = 'parley-widget';

/** Registers `<parley-widget>`, unless the page loaded this script before and it already did. */
export function defineParleyWidget(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(WIDGET_TAG)) {
    registry.define(WIDGET_TAG, ParleyWidget);
  }
}

/**
 * The `<script>` that loaded the widget: `document.currentScript` while it first runs (so read it
 * then), else the first script of the page with a `data-entry-point` that loads `widget.js`.
 */
export function ownScript(doc: Document): Element | null {
  return doc.currentScript ?? doc.querySelector('script[data-entry-point][src*="widget.js"]');
}

/**
 * Adds a `<parley-widget>` for the `data-entry-point` of `script` at the end of the page's body,
 * as soon as there is a body (an `async` script may run before it is parsed), telling it the
 * Parley server: the origin of the script's `src`, as the page may be anywhere else. Without an
 * entry point or a `src` there is nothing to connect to: it says so in the console and adds
 * nothing.
 */
export function mountFromScript(script: Element | null, doc: Document): HTMLElement | null {
  const entryPoint = script?.getAttribute('data-entry-point')?.trim();
  if (!entryPoint) {
    console.warn('Parley widget: the <script> tag needs a data-entry-point attribute.');
    return null;
  }
  const server = serverBase(script, doc.baseURI);
  if (!server) {
    console.error("Parley widget: cannot tell the Parley server from the <script> tag's src.");
    return null;
  }
  const widget = doc.createElement(WIDGET_TAG);
  widget.setAttribute('entry-point', entryPoint);
  widget.setAttribute('server', server);
  if (doc.body) {
    doc.body.append(widget);
  } else {
    doc.addEventListener('DOMContentLoaded', () => doc.body.append(widget), { once: true });
  }
  return widget;
}
