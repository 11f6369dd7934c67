package dev.parley.channels.email.out;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpRepliesTest {

  @Test
  void aFiveHundredReplyIsPermanentEverythingElseTemporary() {
    assertThat(SmtpReplies.permanent(new MessagingException("550 5.1.1 User unknown\n"))).isTrue();
    assertThat(SmtpReplies.permanent(new MessagingException("451 4.3.0 Try again later")))
        .isFalse();
    assertThat(
            SmtpReplies.permanent(
                new MessagingException("Couldn't connect", new ConnectException("refused"))))
        .isFalse();
    MessagingException wrapped = new MessagingException("Invalid Addresses");
    wrapped.setNextException(new MessagingException("552 5.3.4 Message too big"));
    assertThat(SmtpReplies.code(wrapped)).isEqualTo(552);
    assertThat(SmtpReplies.describe(new MessagingException("451 4.3.0  Try\n later")))
        .isEqualTo("451 4.3.0 Try later");
  }
}
