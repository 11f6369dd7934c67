import { DatePipe } from '@angular/common';
import { DOCUMENT, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { AttachmentLink } from '../../chat/attachment-link';
import { EmailApi, EmailMessage, RemoteHtml, describeDelivery, formatAddress } from './email-api';
import { frameDocument } from './email-frame';

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
  /** The frame's document, compared as text so that an unchanged message does not reload it. */
  private readonly document = computed(() => {
    const remote = this.remote();
    const html = remote?.html ?? this.message().html;
    return html === null ? null : frameDocument(html, this.origin, remote !== null);
  });
  /**
   * Trusted on purpose: Angular's own sanitizer would strip the policy `<meta>` and the styles.
   * The HTML is the server's sanitized output and runs in a frame with no permission.
   */
  protected readonly frame = computed<SafeHtml | null>(() => {
    const document = this.document();
    return document === null ? null : this.sanitizer.bypassSecurityTrustHtml(document);
  });

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

  protected id(suffix: string): string {
    return `email-${this.contactId()}-${this.message().seq}-${suffix}`;
  }
}
