import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { Component, TemplateRef, computed, contentChild, input, signal } from '@angular/core';
import { PastContact, customerHistoryUrl } from './agent-api';
import { CHANNELS } from './channel';
import { HistoryTranscript } from './history-transcript';

/** How many earlier contacts the card lists; the REST answer holds up to 500. */
export const HISTORY_SHOWN = 10;

/**
 * The customer's earlier contacts on every channel and every linked identity, newest first,
 * without the contact the card is about. Read when the agent opens it (not for every card on
 * every state change), and read again each time it is opened. Each entry opens to its transcript,
 * followed by what the viewer puts in an `<ng-template let-contact>` inside the element (the
 * supervisor area: the contact's recordings).
 */
@Component({
  selector: 'parley-customer-history',
  imports: [DatePipe, HistoryTranscript, NgTemplateOutlet],
  templateUrl: './customer-history.html',
  styleUrl: './customer-history.css',
})
export class CustomerHistory {
  /** The identity as the channel gave it. */
  readonly customer = input.required<string>();
  /** The contact on the card, left out of the list. */
  readonly contactId = input.required<string>();

  /** Shown under an opened entry's transcript, given the entry ({@link PastContact}). */
  protected readonly entryExtra =
    contentChild<TemplateRef<{ readonly $implicit: PastContact }>>(TemplateRef);

  protected readonly open = signal(false);
  /** The ids of the entries whose transcript is open. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly channels = CHANNELS;

  protected readonly history = httpResource<PastContact[]>(() =>
    this.open() ? customerHistoryUrl(this.customer()) : undefined,
  );

  protected readonly earlier = computed(() => {
    const all = this.history.hasValue() ? (this.history.value() ?? []) : [];
    return all.filter((c) => c.id !== this.contactId());
  });
  protected readonly shown = computed(() => this.earlier().slice(0, HISTORY_SHOWN));

  protected toggle(): void {
    this.open.update((o) => !o);
  }

  protected toggleEntry(id: string): void {
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });
  }

  protected panelId(): string {
    return `history-${this.contactId()}`;
  }
}
