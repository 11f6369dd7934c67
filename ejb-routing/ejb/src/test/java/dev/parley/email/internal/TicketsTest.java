package dev.parley.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketsTest {

  @Test
  void findsTheFirstTokenWhereverItStands() {
    assertThat(Tickets.in("Re: Your order [#1234] arrived")).contains(1234L);
    assertThat(Tickets.in("[#7] and [#8]")).contains(7L);
    assertThat(Tickets.in("AW: [#1001]")).contains(1001L);
  }

  @Test
  void somethingElseIsNoTicket() {
    assertThat(Tickets.in(null)).isEmpty();
    assertThat(Tickets.in("Invoice #1234")).isEmpty();
    assertThat(Tickets.in("[#]")).isEmpty();
    assertThat(Tickets.in("[#12a]")).isEmpty();
    assertThat(Tickets.in("[#1234567890123456789012]")).isEmpty();
  }
}
