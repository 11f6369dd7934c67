import { entryPointUrl } from './server';

/** How a pre-chat field is asked for. */
export type FieldRule = 'HIDDEN' | 'OPTIONAL' | 'REQUIRED';

/** One option of the visual menu; one without `options` is a leaf that starts the chat. */
export interface MenuOption {
  readonly id: string;
  readonly label: string;
  readonly options: readonly MenuOption[];
}

/** What `GET /api/visitor/entry-points/{name}` answers, with defaults for what it left out. */
export interface EntryPoint {
  readonly name: string;
  readonly texts: {
    readonly launcher: string;
    readonly title: string;
    readonly greeting: string;
    readonly waiting: string;
    readonly ended: string;
    readonly offline: string;
  };
  readonly menu: { readonly prompt: string; readonly options: readonly MenuOption[] };
  readonly preChat: { readonly name: FieldRule; readonly email: FieldRule };
  readonly attachments: { readonly maxBytes: number; readonly types: readonly string[] };
  /**
   * How visitors may talk here, when the server says (not in the contract yet); without it the
   * widget offers calls wherever the browser can make them.
   */
  readonly channels?: readonly Channel[];
}

/** How the visitor wants to talk; `VOICE` and `VIDEO` are calls (docs/call-protocol.md). */
export type Channel = 'CHAT' | 'VOICE' | 'VIDEO';

/** Why the widget shows nothing: its message is written for the page's developer. */
export class EntryPointError extends Error {}

const DEFAULT_TEXTS: EntryPoint['texts'] = {
  launcher: 'Chat with us',
  title: 'Chat with us',
  greeting: '',
  waiting: '',
  ended: 'The chat has ended.',
  offline: 'We are not available right now.',
};

/**
 * Loads the configuration of `name` from the Parley server at `base`. Rejects with an
 * `EntryPointError` that says why when the server refuses (403 for a page origin the entry point
 * does not allow), answers an error, or cannot be reached. A 403 without CORS headers reaches
 * the widget as a network error, so that message names the origin as a likely cause too.
 */
export async function loadEntryPoint(
  base: string,
  name: string,
  pageOrigin: string,
  fetchFn: typeof fetch = fetch,
): Promise<EntryPoint> {
  const url = entryPointUrl(base, name);
  const refused = `this page's origin (${pageOrigin}) is not allowed for entry point "${name}"`;
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new EntryPointError(
      `Parley widget: could not load ${url}: either ${refused} (the server answers it without ` +
        `CORS headers, so the browser hides the answer) or the server cannot be reached.`,
    );
  }
  if (response.status === 403) {
    throw new EntryPointError(`Parley widget: ${refused} (403 from ${url}).`);
  }
  if (!response.ok) {
    throw new EntryPointError(
      `Parley widget: loading entry point "${name}" failed with HTTP ${response.status} (${url}).`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (typeof body !== 'object' || body === null) {
    throw new EntryPointError(`Parley widget: ${url} did not answer a JSON object.`);
  }
  return normalize(name, body as Partial<EntryPoint>);
}

function normalize(name: string, raw: Partial<EntryPoint>): EntryPoint {
  const rule = (value: unknown): FieldRule =>
    value === 'OPTIONAL' || value === 'REQUIRED' ? value : 'HIDDEN';
  const texts = { ...DEFAULT_TEXTS };
  for (const key of Object.keys(DEFAULT_TEXTS) as (keyof EntryPoint['texts'])[]) {
    const text = raw.texts?.[key];
    if (typeof text === 'string' && text.trim()) {
      texts[key] = text;
    }
  }
  const channels = Array.isArray(raw.channels)
    ? raw.channels.filter((channel) => ['CHAT', 'VOICE', 'VIDEO'].includes(channel))
    : null;
  return {
    ...(channels ? { channels } : {}),
    name: typeof raw.name === 'string' ? raw.name : name,
    texts,
    menu: {
      prompt: typeof raw.menu?.prompt === 'string' ? raw.menu.prompt : '',
      options: options(raw.menu?.options),
    },
    preChat: { name: rule(raw.preChat?.name), email: rule(raw.preChat?.email) },
    attachments: {
      maxBytes: Number(raw.attachments?.maxBytes) > 0 ? Number(raw.attachments?.maxBytes) : 0,
      types: Array.isArray(raw.attachments?.types)
        ? raw.attachments.types.filter((type) => typeof type === 'string')
        : [],
    },
  };
}

function options(raw: unknown): MenuOption[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  return raw
    .filter((option) => typeof option?.id === 'string' && typeof option?.label === 'string')
    .map((option) => ({ id: option.id, label: option.label, options: options(option.options) }));
}
