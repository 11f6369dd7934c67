package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewConversation;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Posted;
import dev.parley.conversation.Visibility;
import dev.parley.email.EmailMessage;
import dev.parley.email.MailStore;
import dev.parley.email.NewOutbound;
import dev.parley.it.support.Deployments;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message repeated under its author's client id is stored once, in the container, on H2 and (in
 * CI) PostgreSQL — whether the conversation was opened in the same transaction (its messages are
 * not looked up in the database then, filing's case) or read from the database; and an outbound
 * e-mail queued twice under one client id is one message with one outbox entry.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationRepeatsPersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(ConversationRepeatsPersistenceIT.class);
  }

  @EJB Conversations conversations;

  @EJB MailStore store;

  private static NewMessage text(String author, String clientId, String text) {
    return new NewMessage(
        clientId,
        new Author(AuthorRole.CUSTOMER, author, "Customer " + author),
        MessageKind.TEXT,
        Visibility.ALL,
        text,
        List.of());
  }

  private ContactId opened() {
    ContactId id = ContactId.of("c-" + UUID.randomUUID());
    conversations.open(
        new NewConversation(
            id, CustomerId.of("v-" + UUID.randomUUID()), "Pat", "pat@example.com", null, null));
    return id;
  }

  @Test
  void aRepeatInTheTransactionThatOpenedTheConversationIsTheFirstMessage() throws Exception {
    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    ContactId id;
    Message first;
    tx.begin();
    try {
      id = opened();
      first = conversations.post(id, text("pat", "x", "hello"));
      Message repeat = conversations.post(id, text("pat", "x", "hello again"));
      assertThat(repeat.seq()).as("the same message").isEqualTo(first.seq());
      assertThat(repeat.text()).isEqualTo("hello");
      Posted third = conversations.postOnce(id, text("pat", "x", "third"));
      assertThat(third.repeat()).isTrue();
      assertThat(third.message().seq()).isEqualTo(first.seq());
      Posted otherAuthor = conversations.postOnce(id, text("sam", "x", "mine"));
      assertThat(otherAuthor.repeat()).as("another author's id is another message").isFalse();
      assertThat(otherAuthor.message().seq()).isEqualTo(first.seq() + 1);
      assertThat(conversations.postOnce(id, text("pat", null, "no id")).repeat()).isFalse();
      tx.commit();
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }

    assertThat(conversations.messages(id, 0, false, 100))
        .extracting(Message::text)
        .containsExactly("hello", "mine", "no id");

    // Later, the conversation read from the database: still the same message.
    assertThat(conversations.post(id, text("pat", "x", "once more")).seq()).isEqualTo(first.seq());
    assertThat(conversations.postOnce(id, text("pat", "x", "once more")).repeat()).isTrue();
    assertThat(conversations.postOnce(id, text("pat", "y", "new")).repeat()).isFalse();
    assertThat(conversations.messages(id, 0, false, 100)).hasSize(4);
  }

  @Test
  void anOutboundMessageQueuedTwiceUnderOneClientIdIsOneMessage() throws Exception {
    String clientId = "reply-" + UUID.randomUUID();
    NewOutbound reply =
        new NewOutbound(
            clientId,
            "agent1",
            "Agent One",
            "We are on it",
            List.of(),
            UUID.randomUUID() + "@parley.test",
            "Re: help",
            "support@parley.test",
            "Support",
            List.of("pat@example.com"),
            List.of(),
            "We are on it",
            "support@parley.test",
            List.of("pat@example.com"),
            "To: pat@example.com\r\nSubject: Re: help\r\n\r\nWe are on it\r\n"
                .getBytes(StandardCharsets.US_ASCII));

    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    ContactId id;
    EmailMessage first;
    tx.begin();
    try {
      id = opened(); // in this transaction, as filing opens a thread and acknowledges it
      first = store.queueReply(id.value(), reply);
      assertThat(store.queueReply(id.value(), reply).seq())
          .as("queued again in the same transaction")
          .isEqualTo(first.seq());
      tx.commit();
    } catch (Exception | AssertionError e) {
      tx.rollback();
      throw e;
    }
    assertThat(store.queueReply(id.value(), reply).seq())
        .as("queued again later")
        .isEqualTo(first.seq());

    assertThat(store.messages(id.value())).hasSize(1);
    assertThat(store.deliveries(id.value())).as("one outbox entry").hasSize(1);
    assertThat(conversations.messages(id, 0, false, 100)).hasSize(1);
  }
}
