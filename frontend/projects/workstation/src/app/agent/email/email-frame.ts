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
