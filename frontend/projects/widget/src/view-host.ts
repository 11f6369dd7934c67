/**
 * What a view of the panel needs from the element that shows it (a `LitElement` is one): to be
 * rendered again after the view's own state changed, and its render root to move the focus in.
 */
export interface ViewHost {
  requestUpdate(): void;
  readonly updateComplete: Promise<unknown>;
  readonly renderRoot: ParentNode;
}

/** After the next render, focuses the first element of the host matching `selector`. */
export async function focusAfterRender(host: ViewHost, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

/** The trimmed text of field `name` in the form `event` was submitted from. */
export function field(event: Event, name: string): string {
  const form = event.currentTarget as HTMLFormElement;
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}
