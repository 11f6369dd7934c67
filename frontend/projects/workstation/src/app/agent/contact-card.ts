import { Component, computed, input, output, signal } from '@angular/core';
import { FormField, FormRoot, form, required } from '@angular/forms/signals';
import { ActiveContact } from './agent-api';
import { CHANNELS, ChannelIcon } from './channel';
import { CustomerHistory } from './customer-history';
import { formatSeconds, secondsUntil } from './countdown';

export interface WrapUpFinished {
  readonly contactId: string;
  readonly disposition: string | null;
}

/**
 * One of the agent's contacts: End while it is ACTIVE (Leave for an expert on a consult); in
 * WRAP_UP, the wrap-up form, which will not submit without a disposition when the queue requires
 * one. The customer's history on every channel opens below it, unless the card is given other
 * content (a chat's conversation and customer panel, which hold the history themselves).
 */
@Component({
  selector: 'parley-contact-card',
  imports: [ChannelIcon, CustomerHistory, FormField, FormRoot],
  templateUrl: './contact-card.html',
  styleUrls: ['./card-header.css', './contact-card.css'],
})
export class ContactCard {
  readonly contact = input.required<ActiveContact>();
  /** The current time in milliseconds, ticking. */
  readonly now = input.required<number>();
  readonly busy = input(false);
  /** End (or Leave) on the card; a call panel inside has its own hang-up and leave. */
  readonly endButton = input(true);
  readonly ended = output<string>();
  readonly finished = output<WrapUpFinished>();

  protected readonly channel = computed(() => CHANNELS[this.contact().channel]);
  protected readonly wrapUpLeft = computed(() => {
    const endsAt = this.contact().wrapUpEndsAt;
    return endsAt === null ? null : formatSeconds(secondsUntil(endsAt, this.now()));
  });

  protected readonly wrapUp = form(
    signal({ disposition: '' }),
    (fields) => {
      required(fields.disposition, {
        when: () => this.contact().dispositionRequired,
        message: 'Choose a disposition.',
      });
    },
    {
      submission: {
        action: async (fields) => {
          const disposition = fields.disposition().value();
          this.finished.emit({
            contactId: this.contact().contactId,
            disposition: disposition === '' ? null : disposition,
          });
          return undefined;
        },
      },
    },
  );

  protected readonly showDispositionError = computed(
    () => this.wrapUp.disposition().touched() && this.wrapUp.disposition().invalid(),
  );

  protected id(suffix: string): string {
    return `contact-${this.contact().contactId}-${suffix}`;
  }
}
