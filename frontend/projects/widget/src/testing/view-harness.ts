/* Renders one view of the panel into a plain element for a spec, as the widget would. */
import { TemplateResult, render } from 'lit';
import { ViewHost } from '../view-host';

export class ViewHarness implements ViewHost {
  readonly renderRoot = document.createElement('div');
  updateComplete: Promise<unknown> = Promise.resolve(true);

  constructor(private readonly template: () => TemplateResult) {
    // Rendered by the first requestUpdate(), once the view under test exists.
    document.body.append(this.renderRoot);
  }

  requestUpdate(): void {
    render(this.template(), this.renderRoot);
  }

  find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.renderRoot.querySelector<T>(selector);
    if (!element) {
      throw new Error(`no ${selector} in:\n${this.renderRoot.innerHTML}`);
    }
    return element;
  }

  all(selector: string): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>(selector)];
  }

  testId<T extends HTMLElement = HTMLElement>(id: string): T {
    return this.find<T>(`[data-testid="${id}"]`);
  }

  /** Types `value` into an input or textarea, as the visitor would. */
  type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** Submits the form `element` is in, as Enter or its submit button would. */
  submit(element: HTMLElement): void {
    const form = element.closest('form') ?? element.querySelector('form');
    form?.requestSubmit();
  }

  text(): string {
    return this.renderRoot.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  remove(): void {
    this.renderRoot.remove();
  }
}
