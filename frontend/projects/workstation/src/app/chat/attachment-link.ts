import { DOCUMENT, Component, computed, inject, input, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Attachment, ChatApi } from './chat-api';
import { formatSize } from './messages';

/**
 * A message's attachment: its name and size, downloaded on click. The file needs the login
 * session, so it is fetched and handed to the browser as a blob URL rather than linked directly.
 */
@Component({
  selector: 'parley-attachment-link',
  template: `
    <button
      type="button"
      class="attachment"
      data-testid="chat-attachment"
      [disabled]="loading()"
      (click)="download()"
    >
      <span class="name">{{ attachment().name }}</span>
      <span class="size">{{ size() }}</span>
    </button>
    @if (failed()) {
      <span class="failed" role="alert">The file could not be downloaded.</span>
    }
  `,
  styles: `
    .attachment {
      display: inline-flex;
      gap: 0.5rem;
      padding: 0.25rem 0.6rem;
      color: var(--parley-accent);
      background: var(--parley-surface);
      font-size: 0.875rem;
    }
    .attachment:hover:not(:disabled) {
      color: #fff;
    }
    .size {
      opacity: 0.75;
    }
    .failed {
      margin-left: 0.5rem;
      color: var(--parley-danger);
      font-size: 0.875rem;
    }
  `,
})
export class AttachmentLink {
  private readonly api = inject(ChatApi);
  private readonly document = inject(DOCUMENT);

  readonly attachment = input.required<Attachment>();

  protected readonly size = computed(() => formatSize(this.attachment().size));
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  protected async download(): Promise<void> {
    const { id, name } = this.attachment();
    this.loading.set(true);
    this.failed.set(false);
    try {
      const blob = await firstValueFrom(this.api.attachment(id));
      const url = URL.createObjectURL(blob);
      const link = this.document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // The browser has taken the file once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
