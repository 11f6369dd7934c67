package dev.parley.channels;

import dev.parley.routing.api.Channel;

/**
 * What every channel adapter is, seen from routing: it takes one piece of outside traffic (a mail
 * from an SMTP/LMTP session, an SMS from an SMPP session or a provider's webhook) and answers with
 * a {@link Receipt} that its protocol turns into the reply the sender gets (250 or 4xx/5xx, a
 * delivery receipt or a retry). Every implementation must pass {@code InboundChannelContract}
 * (channels' test sources), as Apache James' implementations pass their contracts:
 *
 * <ul>
 *   <li>traffic is acknowledged ({@link Receipt.Accepted}) only after routing has stored the
 *       contact it became, never before;
 *   <li>when routing cannot take it now (busy, failing), the sender is told to retry ({@link
 *       Receipt.RetryLater}) and nothing is acknowledged, so nothing is lost;
 *   <li>traffic routing refuses as invalid, and malformed traffic, is rejected for good ({@link
 *       Receipt.Rejected}); malformed traffic never reaches routing.
 * </ul>
 *
 * @param <T> the traffic the adapter's protocol hands over
 */
public interface InboundChannel<T> {

  /** The channel the adapter's contacts are routed as. */
  Channel channel();

  /** Hands {@code traffic} to routing; returns once the outcome is final for this attempt. */
  Receipt receive(T traffic);
}
