import {
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Attachment, CannedResponse, ChatApi } from '../../chat/chat-api';
import { formatSize, newClientId } from '../../chat/messages';
import { Session } from '../../core/auth/session';
import { fillPlaceholders, filterCanned } from '../chat/canned';
import { CannedPicker } from '../chat/canned-picker';
import { CannedResponses } from '../chat/canned-responses';
import { describeSend, describeUpload, worthRetrying } from '../chat/conversation-entry';
import { EmailApi, EmailMessage } from './email-api';
import { insertAt, parseCc, quoted } from './reply-rules';

/** A file chosen for the reply: uploaded to the contact's conversation at once. */
interface ReplyFile {
  readonly key: number;
  readonly name: string;
  readonly status: 'uploading' | 'uploaded' | 'failed';
  readonly attachment: Attachment | null;
  readonly error: string | null;
}

/**
 * The reply to an e-mail thread: the text, Cc addresses (checked here, and again by the server),
 * whether the server quotes the customer's last message below it (a preview shows how), canned
 * responses inserted where the cursor is, and files uploaded as they are chosen. One `clientId`
 * per draft: sending again after a failure, without changing anything, cannot make two replies.
 */
@Component({
  selector: 'parley-email-composer',
  imports: [CannedPicker],
  templateUrl: './email-composer.html',
  styleUrl: './email-composer.css',
})
export class EmailComposer {
  private readonly api = inject(EmailApi);
  private readonly chat = inject(ChatApi);
  private readonly canned = inject(CannedResponses);
  private readonly session = inject(Session);

  readonly contactId = input.required<string>();
  /** Where the files are uploaded. */
  readonly conversationId = input.required<string>();
  readonly customerName = input('');
  /** The text of the customer's last message, quoted with `quote`; null when there is none. */
  readonly quoteSource = input<string | null>(null);
  /** The reply, as the server stored it (Queued). */
  readonly sent = output<EmailMessage>();

  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('body');
  private clientId: string | null = null;
  private fileKeys = 0;

  protected readonly text = signal('');
  protected readonly cc = signal('');
  protected readonly ccTouched = signal(false);
  protected readonly quote = signal(true);
  protected readonly files = signal<readonly ReplyFile[]>([]);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly pickerOpen = signal(false);
  protected readonly cannedQuery = signal('');
  protected readonly activeIndex = signal(0);

  protected readonly parsedCc = computed(() => parseCc(this.cc()));
  protected readonly ccError = computed(() => {
    const invalid = this.parsedCc().invalid;
    return invalid.length === 0 ? null : `Not an e-mail address: ${invalid.join(', ')}`;
  });
  protected readonly showCcError = computed(() => this.ccTouched() && this.ccError() !== null);
  /** A file still uploading, or one that failed and is still listed, holds the reply back. */
  protected readonly filesReady = computed(() =>
    this.files().every((f) => f.status === 'uploaded'),
  );
  protected readonly canSend = computed(
    () =>
      this.text().trim() !== '' && this.ccError() === null && this.filesReady() && !this.sending(),
  );
  protected readonly preview = computed(() => {
    const source = this.quoteSource();
    return source === null ? null : quoted(source);
  });
  protected readonly matches = computed(() => filterCanned(this.canned.all(), this.cannedQuery()));
  protected readonly loadingCanned = computed(
    () => this.canned.all().length === 0 && !this.canned.failed(),
  );
  protected readonly formatSize = formatSize;

  constructor() {
    effect(() => {
      if (this.pickerOpen()) {
        this.canned.ensureLoaded();
      }
    });
  }

  protected id(suffix: string): string {
    return `email-reply-${this.contactId()}-${suffix}`;
  }

  protected readText(event: Event): void {
    this.changed(() => this.text.set((event.target as HTMLTextAreaElement).value));
  }

  protected readCc(event: Event): void {
    this.changed(() => this.cc.set((event.target as HTMLInputElement).value));
  }

  protected toggleQuote(event: Event): void {
    this.changed(() => this.quote.set((event.target as HTMLInputElement).checked));
  }

  protected attach(event: Event): void {
    const input = event.target as HTMLInputElement;
    Array.from(input.files ?? []).forEach((file) => this.upload(file));
    // The same file may be chosen again.
    input.value = '';
  }

  protected removeFile(key: number): void {
    this.changed(() => this.files.update((files) => files.filter((f) => f.key !== key)));
  }

  protected togglePicker(): void {
    this.pickerOpen.update((open) => !open);
    this.cannedQuery.set('');
    this.activeIndex.set(0);
  }

  protected readQuery(event: Event): void {
    this.cannedQuery.set((event.target as HTMLInputElement).value);
    this.activeIndex.set(0);
  }

  protected onQueryKeydown(event: KeyboardEvent): void {
    const count = this.matches().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activeIndex.update((i) => (count === 0 ? 0 : (i + step + count) % count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const response = this.matches()[this.activeIndex()];
      if (response) {
        this.choose(response);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.pickerOpen.set(false);
    }
  }

  /** Puts the response where the cursor was in the text (at the end when it never was there). */
  protected choose(response: CannedResponse): void {
    const filled = fillPlaceholders(response.text, {
      customerName: this.customerName(),
      agentName: this.session.user()?.displayName ?? '',
    });
    const area = this.textarea().nativeElement;
    const text = this.text();
    const start = area.selectionStart ?? text.length;
    const end = area.selectionEnd ?? start;
    this.changed(() => this.text.set(insertAt(text, filled, start, end)));
    this.pickerOpen.set(false);
    area.focus();
    area.setSelectionRange(start + filled.length, start + filled.length);
  }

  protected removeCanned(id: string): void {
    void this.canned.remove(id);
  }

  protected send(event: Event): void {
    event.preventDefault();
    this.ccTouched.set(true);
    if (!this.canSend()) {
      return;
    }
    this.clientId ??= newClientId();
    this.sending.set(true);
    this.error.set(null);
    this.api
      .reply(this.contactId(), {
        clientId: this.clientId,
        text: this.text().trim(),
        cc: this.parsedCc().addresses,
        attachments: this.files().flatMap((f) => (f.attachment ? [f.attachment.id] : [])),
        quote: this.quote(),
      })
      .subscribe({
        next: (message) => {
          this.sending.set(false);
          this.reset();
          this.sent.emit(message);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.error.set(
            worthRetrying(error)
              ? 'The reply was not sent: Parley could not be reached. Send again to retry.'
              : `The reply was not sent: ${describeSend(error)}`,
          );
        },
      });
  }

  /** The draft changed: a new send is a new reply. */
  private changed(change: () => void): void {
    change();
    this.clientId = null;
  }

  private upload(file: File): void {
    const key = ++this.fileKeys;
    const entry: ReplyFile = {
      key,
      name: file.name,
      status: 'uploading',
      attachment: null,
      error: null,
    };
    this.changed(() => this.files.update((files) => [...files, entry]));
    const settle = (change: Partial<ReplyFile>) =>
      this.files.update((files) => files.map((f) => (f.key === key ? { ...f, ...change } : f)));
    this.chat.upload(this.conversationId(), file).subscribe({
      next: (attachment) => settle({ status: 'uploaded', attachment }),
      error: (error: unknown) => settle({ status: 'failed', error: describeUpload(error) }),
    });
  }

  private reset(): void {
    this.clientId = null;
    this.text.set('');
    this.cc.set('');
    this.ccTouched.set(false);
    this.quote.set(true);
    this.files.set([]);
    this.pickerOpen.set(false);
  }
}
