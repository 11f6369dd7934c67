package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.email.Acknowledging;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailRoute;
import dev.parley.email.MailStore;
import dev.parley.email.MailStore.ToFile;
import dev.parley.email.NewOutbound;
import dev.parley.email.StoredMail;
import dev.parley.it.support.Deployments;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Filing in batches (ADR 0023), in the container, on H2 and (in CI) PostgreSQL: one batch holding
 * new threads, an answer to a message of the same batch and a second first message of one sender is
 * filed as the same messages one by one would be — threads, contacts, acknowledgements with their
 * loop protection; filed again, it answers the same; and a batch in which one message fails files
 * none, so the filer can take them one by one.
 */
@ExtendWith(ArquillianExtension.class)
class MailFilingPersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(MailFilingPersistenceIT.class);
  }

  @EJB MailStore store;

  @EJB RoutingAdmin admin;

  @EJB RoutingService routing;

  private String queue;
  private String mailbox;

  @BeforeEach
  void aQueueAndItsAddress() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    queue = "batch-" + unique;
    mailbox = "batch-" + unique + "@support.test";
    QueueDefinition b =
        QueueDefinition.basic(
            queue,
            List.of("EMAIL"),
            0,
            "LONGEST_IDLE",
            600,
            0,
            List.of(),
            false,
            List.of(),
            20,
            80);
    admin.save(ReferenceKind.QUEUE, b);
    List<MailRoute> rules = new ArrayList<>(store.routes());
    rules.add(new MailRoute(mailbox, queue));
    store.replaceRoutes(rules);
  }

  /** A message from {@code from} to the queue's address, stored; answers its stored id. */
  private String stored(String messageId, String from) {
    byte[] raw =
        ("Message-ID: <"
                + messageId
                + ">\r\nFrom: "
                + from
                + "\r\nTo: "
                + mailbox
                + "\r\nSubject: batch\r\n\r\nhello\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return store
        .store(
            new MailEnvelope(
                from, List.of(mailbox), "127.0.0.1", "test", "SMTP", false, Instant.now()),
            messageId,
            raw)
        .id();
  }

  private InboundEmail email(String messageId, String from, String inReplyTo, String subject) {
    return new InboundEmail(
        messageId,
        inReplyTo == null ? List.of() : List.of(inReplyTo),
        List.of(),
        subject,
        from,
        "Customer " + from,
        null,
        List.of(mailbox),
        List.of(),
        Instant.now(),
        "text of " + messageId,
        null,
        List.of(),
        List.of(),
        false,
        null);
  }

  /** Acknowledges with a small text message to the sender. */
  private static Acknowledging acknowledging(String to) {
    return (thread, afterHours, template) ->
        Optional.of(
            new NewOutbound(
                "ack:" + UUID.randomUUID(),
                null,
                null,
                "acknowledged: ticket " + thread.ticket(),
                List.of(),
                UUID.randomUUID() + "@parley.test",
                "Re: batch [#" + thread.ticket() + "]",
                "support@parley.test",
                "Support",
                List.of(to),
                List.of(),
                "ticket " + thread.ticket(),
                "support@parley.test",
                List.of(to),
                ("To: " + to + "\r\nSubject: ack\r\n\r\nticket\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
  }

  private ToFile toFile(String mail, InboundEmail email) {
    return new ToFile(mail, email, acknowledging(email.fromAddress()));
  }

  @Test
  void aBatchIsFiledAsItsMessagesOneByOneWouldBe() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String ann = "ann-" + unique + "@example.com";
    String bob = "bob-" + unique + "@example.com";
    String first = "first-" + unique + "@example.com";
    String answer = "answer-" + unique + "@example.com";
    String again = "again-" + unique + "@example.com";
    String other = "other-" + unique + "@example.com";
    List<ToFile> batch =
        List.of(
            toFile(stored(first, ann), email(first, ann, null, "batch")),
            // answers the first message, filed in the same batch before it
            toFile(stored(answer, ann), email(answer, ann, first, "Re: batch")),
            // a second thread of the same sender: no second acknowledgement within the period
            toFile(stored(again, ann), email(again, ann, null, "another question")),
            toFile(stored(other, bob), email(other, bob, null, "batch")));

    List<StoredMail> filed = store.fileAll(batch);

    assertThat(filed).extracting(StoredMail::state).containsOnly(StoredMail.MailState.FILED);
    assertThat(filed).extracting(StoredMail::duplicate).containsOnly(false);
    StoredMail.Filed a = filed.get(0).filed();
    assertThat(a.newThread()).isTrue();
    assertThat(a.acknowledged()).isTrue();
    assertThat(filed.get(1).contact())
        .as("the answer joins the first's thread")
        .isEqualTo(filed.get(0).contact());
    assertThat(filed.get(1).filed().newThread()).isFalse();
    assertThat(filed.get(2).contact()).isNotEqualTo(filed.get(0).contact());
    assertThat(filed.get(2).filed().newThread()).isTrue();
    assertThat(filed.get(2).filed().acknowledged()).as("one per sender per period").isFalse();
    assertThat(filed.get(3).filed().acknowledged()).isTrue();
    assertThat(filed.get(3).contact()).isNotIn(filed.get(0).contact(), filed.get(2).contact());
    for (int i : new int[] {0, 2, 3}) {
      assertThat(routing.contact(ContactId.of(filed.get(i).contact())))
          .as("a routed EMAIL contact in the queue")
          .hasValueSatisfying(
              d -> {
                assertThat(d.contact().queue()).isEqualTo(queue);
                assertThat(d.contact().channel().name()).isEqualTo("EMAIL");
              });
    }
    assertThat(store.messages(filed.get(0).contact()))
        .as("the customer's two messages and the acknowledgement")
        .hasSize(3);
    assertThat(store.messages(filed.get(2).contact())).hasSize(1);

    List<StoredMail> again2 = store.fileAll(batch);
    assertThat(again2).extracting(StoredMail::duplicate).containsOnly(true);
    assertThat(again2)
        .extracting(StoredMail::contact)
        .isEqualTo(filed.stream().map(StoredMail::contact).toList());
    assertThat(store.messages(filed.get(0).contact())).as("nothing added").hasSize(3);
  }

  @Test
  void aBatchWithOneFailingMessageFilesNone() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String cy = "cy-" + unique + "@example.com";
    String di = "di-" + unique + "@example.com";
    String one = "one-" + unique + "@example.com";
    String two = "two-" + unique + "@example.com";
    String m1 = stored(one, cy);
    String m2 = stored(two, di);
    Acknowledging refusing =
        (thread, afterHours, template) -> {
          throw new RoutingRefusedException(
              RoutingRefusedException.Kind.CONFLICT, "refused for the test");
        };
    List<ToFile> failing =
        List.of(
            toFile(m1, email(one, cy, null, "batch")),
            new ToFile(m2, email(two, di, null, "batch"), refusing));

    assertThatThrownBy(() -> store.fileAll(failing)).isInstanceOf(RoutingRefusedException.class);
    assertThat(store.unfiled(10_000, Instant.now().plusSeconds(3600)))
        .as("neither is filed")
        .contains(m1, m2);

    List<StoredMail> filed =
        store.fileAll(
            List.of(
                toFile(m1, email(one, cy, null, "batch")),
                toFile(m2, email(two, di, null, "batch"))));
    assertThat(filed).extracting(StoredMail::duplicate).containsOnly(false);
    assertThat(filed).allSatisfy(f -> assertThat(f.filed().acknowledged()).isTrue());
    assertThat(store.messages(filed.get(0).contact())).hasSize(2);
    assertThat(store.unfiled(10_000, Instant.now().plusSeconds(3600))).doesNotContain(m1, m2);
  }

  @Test
  void routingTakesABatchOfContactsWholeOrNotAtAll() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String customer = "many-" + unique + "@example.com";
    NewContact one =
        new NewContact(Channel.EMAIL, queue, customer, 0, Direction.INBOUND).from("mail:" + unique);
    NewContact unknownQueue =
        new NewContact(Channel.EMAIL, "no-such-queue-" + unique, customer, 0, Direction.INBOUND)
            .from("mail:" + unique + "-b");

    assertThatThrownBy(() -> routing.receiveAll(List.of(one, unknownQueue)))
        .isInstanceOf(RoutingRefusedException.class)
        .hasMessageContaining("no-such-queue");
    assertThat(routing.customerHistory(CustomerId.of(customer)))
        .as("the valid one was not made either")
        .isEmpty();

    List<ContactView> made = routing.receiveAll(List.of(one, one));
    assertThat(made).hasSize(2);
    assertThat(made.get(1).id()).as("one origin, one contact").isEqualTo(made.get(0).id());
    assertThat(routing.receiveAll(List.of(one)).get(0).id()).isEqualTo(made.get(0).id());
    assertThat(routing.customerHistory(CustomerId.of(customer))).hasSize(1);
  }
}
