package dev.parley.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.id.ContactId;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link InboundChannel} must pass (as Apache James' implementations pass their
 * {@code *Contract}s): an adapter's test implements this interface, says how to build the adapter
 * on a routing API and gives a well-formed and a malformed piece of its traffic; the default
 * methods are the tests. Routing is a {@link RoutingServiceDouble}, the boundary the real routing
 * sits behind in the server; the adapter's own protocol tests (a real SMTP or SMPP peer) come
 * beside this.
 *
 * @param <T> the adapter's traffic
 */
public interface InboundChannelContract<T> {

  /** The adapter under test, handing over to {@code routing}. */
  InboundChannel<T> channelOn(RoutingServiceDouble routing);

  /** Traffic the adapter must accept, from {@code customer}. */
  T wellFormed(String customer);

  /** Traffic the adapter must reject without bothering routing. */
  T malformed();

  @Test
  default void wellFormedTrafficBecomesOneStoredContactOnTheAdaptersChannel() {
    RoutingServiceDouble routing = new RoutingServiceDouble();
    InboundChannel<T> channel = channelOn(routing);

    Receipt receipt = channel.receive(wellFormed("jane@example.com"));

    assertThat(routing.received).hasSize(1);
    assertThat(routing.received.get(0).channel()).isEqualTo(channel.channel());
    assertThat(routing.received.get(0).customer()).isEqualTo("jane@example.com");
    assertThat(receipt).isEqualTo(new Receipt.Accepted(ContactId.of("c-1")));
  }

  @Test
  default void aBusyRoutingIsAnsweredRetryLaterAndNothingIsAcknowledged() {
    RoutingServiceDouble routing = new RoutingServiceDouble();
    routing.refuseNext(RoutingRefusedException.Kind.BUSY);

    Receipt receipt = channelOn(routing).receive(wellFormed("jane@example.com"));

    assertThat(receipt).isInstanceOf(Receipt.RetryLater.class);
    assertThat(routing.received).isEmpty();
  }

  @Test
  default void aFailingRoutingIsAnsweredRetryLaterSoTheSenderKeepsTheTraffic() {
    RoutingServiceDouble routing = new RoutingServiceDouble();
    routing.failNext();

    assertThat(channelOn(routing).receive(wellFormed("jane@example.com")))
        .isInstanceOf(Receipt.RetryLater.class);
  }

  @Test
  default void trafficRoutingRefusesAsInvalidIsRejectedForGood() {
    RoutingServiceDouble routing = new RoutingServiceDouble();
    routing.refuseNext(RoutingRefusedException.Kind.INVALID);

    assertThat(channelOn(routing).receive(wellFormed("jane@example.com")))
        .isInstanceOf(Receipt.Rejected.class);
  }

  @Test
  default void malformedTrafficIsRejectedWithoutReachingRouting() {
    RoutingServiceDouble routing = new RoutingServiceDouble();

    assertThat(channelOn(routing).receive(malformed())).isInstanceOf(Receipt.Rejected.class);
    assertThat(routing.received).isEmpty();
  }
}
