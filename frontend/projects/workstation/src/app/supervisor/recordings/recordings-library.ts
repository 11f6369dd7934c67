import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { formatSeconds } from '../../agent/countdown';
import {
  NO_FILTER,
  PAGE_SIZE,
  Recording,
  RecordingFilter,
  RecordingPage,
  RecordingsApi,
  mediaUrl,
} from './recordings-api';

/**
 * The recordings library (`/supervisor/recordings`): search by date range, agent, customer,
 * queue, channel and minimum length, newest or longest first, paged; a chosen recording plays in
 * the browser (seeking through Range requests), downloads, shows who took part and when it was
 * paused, links to its contact (messages and the customer's history), and can be put under legal hold. Every playback and download is audited by the server.
 */
@Component({
  selector: 'parley-recordings-library',
  imports: [RouterLink],
  templateUrl: './recordings-library.html',
  styleUrl: './recordings-library.css',
})
export class RecordingsLibrary {
  private readonly api = inject(RecordingsApi);

  protected readonly filter = signal<RecordingFilter>(NO_FILTER);
  protected readonly page = signal<RecordingPage | null>(null);
  protected readonly pageNumber = signal(0);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly selected = signal<Recording | null>(null);
  protected readonly track = signal<string | null>(null);
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.page()?.total ?? 0) / PAGE_SIZE)),
  );
  protected readonly source = computed(() => {
    const r = this.selected();
    return r ? mediaUrl(r.id, this.track()) : null;
  });
  protected readonly download = computed(() => {
    const r = this.selected();
    return r ? mediaUrl(r.id, this.track(), true) : null;
  });

  constructor() {
    void this.search(0);
  }

  protected set(key: keyof RecordingFilter, value: string): void {
    this.filter.update((f) => ({ ...f, [key]: value }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    void this.search(0);
  }

  async search(page: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.page.set(await firstValueFrom(this.api.search(this.filter(), page)));
      this.pageNumber.set(page);
    } catch {
      this.error.set('The recordings could not be searched. Check the dates and try again.');
    } finally {
      this.loading.set(false);
    }
  }

  protected choose(recording: Recording): void {
    this.selected.set(recording);
    this.track.set(null);
  }

  protected async hold(recording: Recording, hold: boolean): Promise<void> {
    try {
      const updated = await firstValueFrom(this.api.legalHold(recording.id, hold));
      this.selected.set(updated);
      this.page.update((p) =>
        p ? { ...p, items: p.items.map((r) => (r.id === updated.id ? updated : r)) } : p,
      );
    } catch {
      this.error.set('The legal hold could not be changed.');
    }
  }

  protected duration(ms: number): string {
    return formatSeconds(Math.round(ms / 1000));
  }

  protected when(iso: string | null): string {
    return iso ? new Date(iso).toLocaleString() : '';
  }

  protected people(r: Recording): string {
    return [...r.agents, ...r.experts.map((e) => `${e} (expert)`)].join(', ');
  }

  protected customer(r: Recording): string {
    return r.customerName ?? r.customerAddress ?? r.customerId ?? '';
  }
}
