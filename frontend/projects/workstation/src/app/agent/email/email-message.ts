import { DatePipe } from '@angular/common';
import {
  DOCUMENT,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { AttachmentLink } from '../../chat/attachment-link';
import { ChatApi } from '../../chat/chat-api';
import { EmailApi, EmailMessage, RemoteHtml, describeDelivery, formatAddress } from './email-api';
import { frameDocument, withInlineImages } from './email-frame';

/**
 * One message of an e-mail thread: who wrote it to whom and when, a warning when the parser
 * flagged it, where an outbound one is in the outbox, its body and its files. The body is the
 * sanitized HTML in a sandboxed frame (see `email-frame.ts`), or the plain text; the agent may
 * switch between them. Remote images stay blocked until the agent asks, for this message only.
 */
@Component({
  selector: 'parley-email-message',
  imports: [AttachmentLink, DatePipe],
  templateUrl: './email-message.html',
  styleUrl: './email-message.css',
})
export class EmailMessageView {
  private readonly api = inject(EmailApi);
  private readonly chat = inject(ChatApi);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly origin = inject(DOCUMENT).location?.origin ?? '';

  readonly contactId = input.required<string>();
  readonly message = input.required<EmailMessage>();

  /** The HTML with remote images, once the agent asked for it. */
  protected readonly remote = signal<RemoteHtml | null>(null);
  protected readonly remoteLoading = signal(false);
  protected readonly remoteFailed = signal(false);
  /** The message is read again while a reply is in the outbox; only a change resets the view. */
  private readonly hasHtml = computed(() => this.message().html !== null);
  /** HTML when there is some, the text otherwise; the agent may switch. */
  protected readonly showHtml = linkedSignal(() => this.hasHtml());

  protected readonly from = computed(() => formatAddress(this.message().from));
  protected readonly delivery = computed(() => {
    const delivery = this.message().delivery;
    return delivery === null ? null : { state: delivery.state, text: describeDelivery(delivery) };
  });
  protected readonly blocked = computed(
    () => this.remote()?.remoteBlocked ?? this.message().remoteBlocked,
  );
  /** The message's image files: the ones its HTML may show. */
  private readonly imageIds = computed(
    () =>
      this.message()
        .files.filter((f) => f.type.startsWith('image/'))
        .map((f) => f.id),
    { equal: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]) },
  );
  /** The message's inline images as `data:` URLs, by file id, as they arrive. */
  private readonly images = signal<ReadonlyMap<string, string>>(new Map());
  private readonly requestedImages = new Set<string>();
  private readonly shown = computed(() => {
    const html = this.remote()?.html ?? this.message().html;
    return html === null ? null : withInlineImages(html, this.imageIds(), this.images());
  });
  /** The frame's document, compared as text so that an unchanged message does not reload it. */
  private readonly document = computed(() => {
    const shown = this.shown();
    return shown === null ? null : frameDocument(shown.html, this.origin, this.remote() !== null);
  });
  /**
   * Trusted on purpose: Angular's own sanitizer would strip the policy `<meta>` and the styles.
   * The HTML is the server's sanitized output and runs in a frame with no permission.
   */
  protected readonly frame = computed<SafeHtml | null>(() => {
    const document = this.document();
    return document === null ? null : this.sanitizer.bypassSecurityTrustHtml(document);
  });

  constructor() {
    effect(() => {
      const missing = this.shown()?.missing ?? [];
      untracked(() => missing.forEach((id) => this.loadImage(id)));
    });
  }

  protected showRemoteImages(): void {
    const { seq } = this.message();
    this.remoteLoading.set(true);
    this.remoteFailed.set(false);
    this.api.htmlWithRemoteImages(this.contactId(), seq).subscribe({
      next: (remote) => {
        this.remote.set(remote);
        this.remoteLoading.set(false);
      },
      error: () => {
        this.remoteFailed.set(true);
        this.remoteLoading.set(false);
      },
    });
  }

  /** Reads an inline image with the session, once, typed as the message says; a failed one stays blank. */
  private loadImage(id: string): void {
    const type = this.message().files.find((f) => f.id === id)?.type ?? '';
    if (this.requestedImages.has(id) || !type.startsWith('image/')) {
      return;
    }
    this.requestedImages.add(id);
    this.chat.attachment(id).subscribe({
      next: (blob) => {
        const reader = new FileReader();
        reader.onload = () => {
          const url = reader.result;
          if (typeof url === 'string') {
            this.images.update((images) => new Map(images).set(id, url));
          }
        };
        reader.readAsDataURL(new Blob([blob], { type }));
      },
      error: () => undefined,
    });
  }

  protected id(suffix: string): string {
    return `email-${this.contactId()}-${this.message().seq}-${suffix}`;
  }
}
