import { Component, computed, input, output } from '@angular/core';
import { Offer } from './agent-api';
import { isCallOffer } from './call/call-contact';
import { CHANNELS, ChannelIcon } from './channel';
import { formatSeconds, secondsUntil } from './countdown';

/** A contact offered to the agent, ringing until it expires: accept or reject it. */
@Component({
  selector: 'parley-offer-card',
  imports: [ChannelIcon],
  templateUrl: './offer-card.html',
  styleUrls: ['./card-header.css', './offer-card.css'],
})
export class OfferCard {
  readonly offer = input.required<Offer>();
  /** The current time in milliseconds, ticking. */
  readonly now = input.required<number>();
  readonly busy = input(false);
  readonly accepted = output<string>();
  readonly rejected = output<string>();

  protected readonly channel = computed(() => CHANNELS[this.offer().channel]);
  /** A voice or video call rings: Answer and Decline, with hooks for browser tests. */
  protected readonly call = computed(() => isCallOffer(this.offer()));
  protected readonly secondsLeft = computed(() => secondsUntil(this.offer().expiresAt, this.now()));
  protected readonly countdown = computed(() => formatSeconds(this.secondsLeft()));
  /** Share of the offer time left, 0–100, for the bar under the countdown. */
  protected readonly percentLeft = computed(() => {
    const offer = this.offer();
    const total = Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt);
    return total > 0 ? Math.min(100, Math.round((this.secondsLeft() * 100_000) / total)) : 0;
  });
}
