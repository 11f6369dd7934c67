import { EntryPoint } from './entry-point';
import { AttachmentInfo } from './protocol';
import { attachmentUrl, uploadUrl } from './server';

/** `512 B`, `51 KB`, `5 MB`, `7.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/** Why `file` cannot be sent through this entry point, or null; checked before uploading. */
export function attachmentProblem(
  file: { readonly name: string; readonly size: number; readonly type: string },
  rules: EntryPoint['attachments'],
): string | null {
  if (rules.maxBytes > 0 && file.size > rules.maxBytes) {
    return `“${file.name}” is ${formatBytes(file.size)}; files can be at most ${formatBytes(rules.maxBytes)}.`;
  }
  // An empty type means the browser does not know; the server checks the content anyway.
  if (file.type && !rules.types.includes(file.type)) {
    return `“${file.name}” is not a kind of file we accept.`;
  }
  if (file.size === 0) {
    return `“${file.name}” is empty.`;
  }
  return null;
}

/** Why an upload failed, worded for the visitor. */
export class UploadError extends Error {}

/**
 * Stores `file` for the conversation: `POST` with the raw file as the body and the visitor's
 * token as bearer. Answers what the server stored, or rejects with an `UploadError`.
 */
export async function uploadAttachment(
  base: string,
  conversationId: string,
  token: string,
  file: File,
  fetchFn: typeof fetch,
): Promise<AttachmentInfo> {
  let response: Response;
  try {
    response = await fetchFn(uploadUrl(base, conversationId, file.name), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': file.type || 'application/octet-stream',
      },
      body: file,
    });
  } catch {
    throw new UploadError(`“${file.name}” could not be sent: the connection failed.`);
  }
  if (response.status === 413) {
    throw new UploadError(`“${file.name}” is too large.`);
  }
  if (response.status === 415) {
    throw new UploadError(`“${file.name}” is not a kind of file we accept.`);
  }
  if (!response.ok) {
    throw new UploadError(`“${file.name}” could not be sent (HTTP ${response.status}).`);
  }
  return (await response.json()) as AttachmentInfo;
}

export function isImage(attachment: AttachmentInfo): boolean {
  return attachment.type.startsWith('image/');
}

/**
 * Attachments fetched with the visitor's token and kept as object URLs, which an `<img>` or a
 * download link can use without sending a header. Each is fetched once, when first asked for;
 * `changed` is called when one arrives (or fails), so the view can render again.
 */
export class AttachmentBlobs {
  private readonly urls = new Map<string, string | 'loading' | 'failed'>();

  constructor(
    private readonly base: string,
    private readonly token: () => string | null,
    private readonly fetchFn: typeof fetch,
    private readonly changed: () => void,
    private readonly objectUrls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
  ) {}

  /** The object URL of attachment `id`; `loading` until it is fetched, `failed` if that failed. */
  url(id: string): string {
    const known = this.urls.get(id);
    if (known) {
      return known;
    }
    this.urls.set(id, 'loading');
    void this.load(id);
    return 'loading';
  }

  /** Lets go of every object URL (the widget left the page or the chat started over). */
  revokeAll(): void {
    for (const url of this.urls.values()) {
      if (url !== 'loading' && url !== 'failed') {
        this.objectUrls.revokeObjectURL(url);
      }
    }
    this.urls.clear();
  }

  private async load(id: string): Promise<void> {
    let result: string;
    try {
      const response = await this.fetchFn(attachmentUrl(this.base, id), {
        headers: { Authorization: `Bearer ${this.token() ?? ''}` },
      });
      result = response.ok ? this.objectUrls.createObjectURL(await response.blob()) : 'failed';
    } catch {
      result = 'failed';
    }
    if (this.urls.get(id) !== 'loading') {
      // Revoked meanwhile.
      if (result !== 'failed') {
        this.objectUrls.revokeObjectURL(result);
      }
      return;
    }
    this.urls.set(id, result);
    this.changed();
  }
}
