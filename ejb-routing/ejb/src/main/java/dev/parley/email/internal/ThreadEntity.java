package dev.parley.email.internal;

import dev.parley.email.EmailThread;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code email_thread}: an EMAIL contact, its ticket number and whose it is. */
@Entity
@Table(name = "email_thread")
@NamedQuery(
    name = ThreadEntity.OF_CONTACT,
    query = "select t from ThreadEntity t where t.contactId = :contact")
class ThreadEntity {
  static final String OF_CONTACT = "ThreadEntity.ofContact";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_ticket")
  @SequenceGenerator(name = "email_ticket", sequenceName = "email_ticket_seq", allocationSize = 1)
  Long ticket;

  @Column(name = "contact_id", nullable = false, length = 64)
  String contactId;

  @Column(nullable = false, length = 998)
  String subject;

  @Column(name = "customer_address", nullable = false, length = 320)
  String customerAddress;

  @Column(length = 320)
  String mailbox;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  EmailThread view() {
    return new EmailThread(contactId, ticket, subject, customerAddress, mailbox, createdAt);
  }
}
