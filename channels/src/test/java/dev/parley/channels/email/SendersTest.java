package dev.parley.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SendersTest {

  @Test
  void configuredSenderAndDomainWinOverTheThreadsMailbox() {
    Senders s = new Senders("help@acme.test", "mail.acme.test");
    assertEquals("help@acme.test", s.fromAddress("sales@other.test"));
    assertTrue(s.messageId("sales@other.test").endsWith("@mail.acme.test"));
  }

  @Test
  void withoutSettingsMailGoesOutFromTheMailboxItCameToWithItsDomain() {
    Senders s = new Senders(null, " ");
    assertEquals("sales@other.test", s.fromAddress("sales@other.test"));
    assertEquals("other.test", s.domain("sales@other.test"));
  }

  @Test
  void withoutSettingsOrMailboxOneFallbackForBoth() {
    Senders s = new Senders(null, null);
    assertEquals("support@parley.local", s.fromAddress(null));
    assertEquals("support@parley.local", s.fromAddress("not-an-address"));
    assertTrue(s.messageId(null).endsWith("@parley.local"));
  }

  @Test
  void aConfiguredDomainNamesTheFallbackSender() {
    assertEquals("support@acme.test", new Senders(null, "acme.test").fromAddress(null));
  }

  @Test
  void messageIdsAreUnique() {
    Senders s = new Senders(null, null);
    assertTrue(!s.messageId(null).equals(s.messageId(null)));
  }
}
