/**
 * The document a message's sanitized HTML is shown in. The server's sanitizer is the first guard;
 * the frame is the second: it is sandboxed with no permission at all (no scripts, an opaque
 * origin, no forms, no popups) and its own Content-Security-Policy lets nothing load but
 * Parley's own files (inline images), data: URLs and inline styles — remote images only once the
 * agent asked for them on that message.
 */

/**
 * Parley's origin (e.g. `https://parley.example.com`) is named beside `'self'`: in an
 * opaque-origin frame `'self'` may match nothing. Anything but an http(s) origin is left out.
 */
export function frameCsp(origin: string, remoteImages: boolean): string {
  const own = /^https?:\/\/[^\s;'"]+$/.test(origin) ? ` ${origin}` : '';
  const images = remoteImages ? `https: http: data: 'self'${own}` : `'self'${own} data:`;
  return `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'`;
}

/** The `srcdoc` of a message's frame: the policy first, then the message's HTML. */
export function frameDocument(html: string, origin: string, remoteImages: boolean): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${frameCsp(origin, remoteImages)}">` +
    '<style>body{margin:0.5rem;font-family:system-ui,sans-serif;overflow-wrap:anywhere}' +
    'img{max-width:100%;height:auto}</style>' +
    `</head><body>${html}</body></html>`
  );
}

/** What the frame shows of a message's HTML, and the inline images it still needs. */
export interface FrameImages {
  readonly html: string;
  /** Ids of the message's files its images show that are not in `loaded` yet. */
  readonly missing: readonly string[];
}

/**
 * The HTML with each image that shows one of the message's files (`…/attachments/{id}`, as the
 * server writes inline `cid:` images) pointing at that file's `data:` URL from `loaded`, or at
 * nothing until it is there. The frame cannot load them itself: its opaque origin makes the
 * browser leave the session cookie (SameSite=Lax) off its requests. Parsed with `DOMParser`,
 * whose documents run nothing and load nothing.
 */
export function withInlineImages(
  html: string,
  fileIds: readonly string[],
  loaded: ReadonlyMap<string, string>,
): FrameImages {
  if (fileIds.length === 0 || !html.includes('/attachments/')) {
    return { html, missing: [] };
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const missing = new Set<string>();
  let changed = false;
  doc.querySelectorAll('img[src]').forEach((img) => {
    const id = fileIds.find((fileId) => pointsAt(img.getAttribute('src') ?? '', fileId));
    if (id !== undefined) {
      const url = loaded.get(id);
      if (url === undefined) {
        missing.add(id);
      }
      img.setAttribute('src', url ?? 'data:,');
      changed = true;
    }
  });
  return changed
    ? { html: doc.head.innerHTML + doc.body.innerHTML, missing: [...missing] }
    : { html, missing: [] };
}

/** A relative or absolute URL on Parley's own attachments path ending with the file's id. */
function pointsAt(src: string, id: string): boolean {
  const path = src.split(/[?#]/)[0];
  return (
    /^(https?:\/\/[^/]+)?\/api\/agent\/(conversations\/)?attachments\//.test(path) &&
    (path.endsWith(`/attachments/${id}`) || path.endsWith(`/attachments/${encodeURIComponent(id)}`))
  );
}
