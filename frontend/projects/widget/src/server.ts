/**
 * Where Parley is, seen from a customer's page: the widget's script comes from Parley, the page
 * may be anywhere else, so every URL is built from the origin of the script's `src` (never from
 * the page's location).
 */

/** The origin (`https://parley.example`) of `script`'s `src`, or null without a usable one. */
export function serverBase(script: Element | null, baseUri: string): string | null {
  const src = script?.getAttribute('src');
  if (!src) {
    return null;
  }
  try {
    const url = new URL(src, baseUri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `GET` URL of an entry point's configuration. */
export function entryPointUrl(base: string, entryPoint: string): string {
  return `${base}/api/visitor/entry-points/${encodeURIComponent(entryPoint)}`;
}

/** The visitor socket of an entry point: `ws:` for an `http:` server, `wss:` for `https:`. */
export function visitorSocketUrl(base: string, entryPoint: string): string {
  const url = new URL(base);
  const scheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${url.host}/ws/visitor/${encodeURIComponent(entryPoint)}`;
}

/** `POST` URL that stores a file for a conversation. */
export function uploadUrl(base: string, conversationId: string, fileName: string): string {
  return (
    `${base}/api/visitor/conversations/${encodeURIComponent(conversationId)}/attachments` +
    `?name=${encodeURIComponent(fileName)}`
  );
}

/** `GET` URL of a stored file. */
export function attachmentUrl(base: string, attachmentId: string): string {
  return `${base}/api/visitor/attachments/${encodeURIComponent(attachmentId)}`;
}
