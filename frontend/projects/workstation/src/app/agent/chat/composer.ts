import {
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { CannedResponse } from '../../chat/chat-api';
import { fillPlaceholders, filterCanned } from './canned';
import { CannedPicker } from './canned-picker';
import { CannedResponses } from './canned-responses';

export interface Draft {
  readonly kind: 'TEXT' | 'NOTE';
  readonly text: string;
}

export interface FileDraft {
  readonly file: File;
  /** What the agent had typed, sent with the file. */
  readonly text: string;
}

/**
 * Where the agent writes: Enter sends (Shift+Enter is a new line), "Note" turns the message into
 * an internal note only agents see, a file is uploaded and sent at once, `/` opens the canned
 * responses (filtered by what follows it, placeholders filled in on choosing), and the text can
 * be kept as one of the agent's own canned responses. Reports every keystroke as `typing(true)`
 * and sending or clearing the text as `typing(false)`; the conversation throttles them.
 */
@Component({
  selector: 'parley-composer',
  imports: [CannedPicker],
  templateUrl: './composer.html',
  styleUrl: './composer.css',
})
export class Composer {
  private readonly canned = inject(CannedResponses);

  /** Names the ids inside, e.g. the conversation's id. */
  readonly name = input.required<string>();
  readonly customerName = input('');
  readonly agentName = input('');
  readonly disabled = input(false);
  readonly sent = output<Draft>();
  readonly fileChosen = output<FileDraft>();
  /** `true` on a keystroke that leaves text, `false` when the text is sent or cleared. */
  readonly typing = output<boolean>();

  protected readonly text = signal('');
  protected readonly note = signal(false);
  /** The picker was opened with the button rather than by typing `/`. */
  private readonly pickerByButton = signal(false);
  private readonly pickerDismissed = signal(false);
  protected readonly activeIndex = signal(0);
  protected readonly saving = signal(false);
  protected readonly savedTitle = signal('');
  protected readonly saveState = signal<'idle' | 'saved' | 'failed'>('idle');

  protected readonly pickerOpen = computed(
    () => (this.text().startsWith('/') && !this.pickerDismissed()) || this.pickerByButton(),
  );
  protected readonly matches = computed(() => {
    const query = this.text().startsWith('/') ? this.text().slice(1) : '';
    return filterCanned(this.canned.all(), query);
  });
  protected readonly loadingCanned = computed(
    () => this.canned.all().length === 0 && !this.canned.failed(),
  );
  protected readonly canSend = computed(() => this.text().trim() !== '' && !this.disabled());

  constructor() {
    effect(() => {
      if (this.pickerOpen()) {
        this.canned.ensureLoaded();
      }
    });
  }

  protected id(suffix: string): string {
    return `composer-${this.name()}-${suffix}`;
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text.set(value);
    this.activeIndex.set(0);
    this.saveState.set('idle');
    if (!value.startsWith('/')) {
      this.pickerDismissed.set(false);
    }
    this.typing.emit(value !== '');
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (this.pickerOpen()) {
      const count = this.matches().length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.activeIndex.update((i) => (count === 0 ? 0 : (i + step + count) % count));
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        const response = this.matches()[this.activeIndex()];
        if (response) {
          this.choose(response);
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closePicker();
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send();
    }
  }

  protected send(event?: Event): void {
    event?.preventDefault();
    if (!this.canSend()) {
      return;
    }
    this.sent.emit({ kind: this.note() ? 'NOTE' : 'TEXT', text: this.text().trim() });
    this.text.set('');
    this.typing.emit(false);
  }

  protected toggleNote(): void {
    this.note.update((note) => !note);
  }

  protected attach(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) {
      this.fileChosen.emit({ file, text: this.text().trim() });
      this.text.set('');
      this.typing.emit(false);
    }
    // The same file may be chosen again.
    input.value = '';
  }

  protected togglePicker(): void {
    if (this.pickerOpen()) {
      this.closePicker();
    } else {
      this.pickerByButton.set(true);
      this.activeIndex.set(0);
    }
  }

  protected choose(response: CannedResponse): void {
    this.text.set(
      fillPlaceholders(response.text, {
        customerName: this.customerName(),
        agentName: this.agentName(),
      }),
    );
    this.pickerByButton.set(false);
    this.pickerDismissed.set(false);
  }

  protected remove(id: string): void {
    void this.canned.remove(id);
  }

  protected startSaving(): void {
    this.saving.set(true);
    this.savedTitle.set(this.text().trim().slice(0, 40));
    this.saveState.set('idle');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const title = this.savedTitle().trim();
    if (title === '' || this.text().trim() === '') {
      return;
    }
    const saved = await this.canned.save(title, this.text().trim());
    this.saveState.set(saved ? 'saved' : 'failed');
    if (saved) {
      this.saving.set(false);
    }
  }

  protected readTitle(event: Event): void {
    this.savedTitle.set((event.target as HTMLInputElement).value);
  }

  private closePicker(): void {
    this.pickerByButton.set(false);
    this.pickerDismissed.set(true);
  }
}
