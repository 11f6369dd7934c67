package dev.parley.channels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.id.ContactId;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract itself, before the first real adapter implements it: a minimal adapter written the
 * way the contract asks passes it, and adapters that break each rule fail it. The adapters here are
 * test samples (one line of text, "customer|queue"), not channels Parley ships.
 */
class InboundChannelContractTest {

  /** A sample adapter that keeps the rules, through {@link RoutingHandOver}. */
  static final class LineChannel implements InboundChannel<String> {
    private final RoutingHandOver handOver;

    LineChannel(RoutingServiceDouble routing) {
      this.handOver = new RoutingHandOver(routing);
    }

    @Override
    public Channel channel() {
      return Channel.SMS;
    }

    @Override
    public Receipt receive(String line) {
      String[] parts = line == null ? new String[0] : line.split("\\|", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        return new Receipt.Rejected("expected customer|queue");
      }
      return handOver.receive(
          new NewContact(Channel.SMS, parts[1], parts[0], 0, Direction.INBOUND));
    }
  }

  @Nested
  class AnAdapterKeepingTheRules implements InboundChannelContract<String> {
    @Override
    public InboundChannel<String> channelOn(RoutingServiceDouble routing) {
      return new LineChannel(routing);
    }

    @Override
    public String wellFormed(String customer) {
      return customer + "|Support";
    }

    @Override
    public String malformed() {
      return "no separator";
    }
  }

  /** Acknowledges whatever routing said: what the contract exists to catch. */
  @Test
  void anAdapterThatAcknowledgesWhateverRoutingSaysFailsTheContract() {
    InboundChannelContract<String> contract =
        contractOf(
            (routing, line) -> {
              new LineChannel(routing).receive(line);
              return new Receipt.Accepted(ContactId.of("acknowledged-anyway"));
            });

    assertThatThrownBy(contract::aBusyRoutingIsAnsweredRetryLaterAndNothingIsAcknowledged)
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(contract::malformedTrafficIsRejectedWithoutReachingRouting)
        .isInstanceOf(AssertionError.class);
  }

  /** Passes malformed traffic on to routing: the contract catches that too. */
  @Test
  void anAdapterThatBothersRoutingWithMalformedTrafficFailsTheContract() {
    InboundChannelContract<String> contract =
        contractOf(
            (routing, line) -> {
              new RoutingHandOver(routing)
                  .receive(new NewContact(Channel.SMS, "Support", line, 0, Direction.INBOUND));
              return new Receipt.Rejected("looked at it too late");
            });

    assertThatThrownBy(contract::malformedTrafficIsRejectedWithoutReachingRouting)
        .isInstanceOf(AssertionError.class);
  }

  /**
   * The contract, with the sample traffic, run against an SMS adapter that does {@code receive}.
   */
  private InboundChannelContract<String> contractOf(
      BiFunction<RoutingServiceDouble, String, Receipt> receive) {
    return new AnAdapterKeepingTheRules() {
      @Override
      public InboundChannel<String> channelOn(RoutingServiceDouble routing) {
        return new InboundChannel<>() {
          @Override
          public Channel channel() {
            return Channel.SMS;
          }

          @Override
          public Receipt receive(String line) {
            return receive.apply(routing, line);
          }
        };
      }
    };
  }
}
