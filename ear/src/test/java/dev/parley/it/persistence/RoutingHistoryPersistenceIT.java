package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.Deployments;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contact's history as the routing runtime writes it (history rows in one JDBC batch per
 * group-commit batch, ADR 0007) and reads it back, on H2 and, in CI, on PostgreSQL: every column,
 * the time stamps to the microsecond (they equal the contact row's, written by Hibernate) and the
 * order.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingHistoryPersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(RoutingHistoryPersistenceIT.class);
  }

  @EJB RoutingAdmin admin;

  @EJB RoutingService routing;

  @Test
  void aContactsHistoryIsStoredWholeAndInOrder() {
    String queue = "History " + UUID.randomUUID().toString().substring(0, 8);
    admin.save(
        ReferenceKind.QUEUE,
        QueueDefinition.basic(
            queue,
            List.of("EMAIL"),
            0,
            "LONGEST_IDLE",
            20,
            0,
            List.of(),
            false,
            List.of(),
            20,
            80));
    try {
      ContactView first =
          routing.receive(
              new NewContact(Channel.EMAIL, queue, "ann@example.org", 0, Direction.INBOUND));
      ContactView second =
          routing.receive(
              new NewContact(Channel.EMAIL, queue, "bob@example.org", 0, Direction.INBOUND));
      routing.abandon(ContactId.of(first.id()));

      assertThat(UUID.fromString(first.id().substring(2)).version())
          .as("time-ordered id")
          .isEqualTo(7);
      assertThat(second.id()).isGreaterThan(first.id());

      ContactDetail detail = routing.contact(ContactId.of(first.id())).orElseThrow();
      List<ContactDetail.HistoryEntry> history = detail.history();
      assertThat(history)
          .extracting(ContactDetail.HistoryEntry::kind)
          .containsExactly("STATE", "QUEUED", "DECISION", "STATE");
      ContactDetail.HistoryEntry queued = history.get(0);
      assertThat(queued.fromState()).isEqualTo("RECEIVED");
      assertThat(queued.toState()).isEqualTo("QUEUED");
      assertThat(queued.agent()).isNull();
      assertThat(queued.detail()).isNull();
      assertThat(queued.at()).isEqualTo(detail.contact().queuedAt());
      assertThat(history.get(1).detail()).isEqualTo("queue " + queue);
      assertThat(history.get(2).detail()).contains("no eligible agent");
      ContactDetail.HistoryEntry abandoned = history.get(3);
      assertThat(abandoned.fromState()).isEqualTo("QUEUED");
      assertThat(abandoned.toState()).isEqualTo("ABANDONED");
      assertThat(abandoned.at()).isEqualTo(detail.contact().abandonedAt());

      assertThat(routing.contact(ContactId.of(second.id())).orElseThrow().history())
          .extracting(ContactDetail.HistoryEntry::kind)
          .containsExactly("STATE", "QUEUED", "DECISION");
      routing.abandon(ContactId.of(second.id()));
    } finally {
      admin.delete(ReferenceKind.QUEUE, queue);
    }
  }
}
