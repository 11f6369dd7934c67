import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CannedResponse, ChatApi } from '../../chat/chat-api';

/**
 * The canned responses the agent may use: the shared ones and their own. Read the first time the
 * picker opens, then kept; the agent's own additions and removals update the list.
 */
@Injectable()
export class CannedResponses {
  private readonly api = inject(ChatApi);
  private readonly list = signal<readonly CannedResponse[]>([]);
  private readonly failure = signal(false);
  private requested = false;

  readonly all = this.list.asReadonly();
  /** The list could not be read. */
  readonly failed = this.failure.asReadonly();

  ensureLoaded(): void {
    if (!this.requested) {
      this.requested = true;
      this.api.cannedResponses().subscribe({
        next: (responses) => this.list.set(responses),
        error: () => {
          this.requested = false;
          this.failure.set(true);
        },
      });
    }
  }

  /** Saves one of the agent's own; resolves to whether it was stored. */
  async save(title: string, text: string): Promise<boolean> {
    try {
      const saved = await firstValueFrom(this.api.saveCannedResponse(title, text));
      this.list.update((list) => [...list, saved]);
      return true;
    } catch {
      return false;
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await firstValueFrom(this.api.deleteCannedResponse(id));
      this.list.update((list) => list.filter((response) => response.id !== id));
    } catch {
      // Still listed: the agent sees it was not removed and may try again.
    }
  }
}
