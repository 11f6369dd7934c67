package dev.parley.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code email_acknowledged}: when an address last got an acknowledgement. */
@Entity
@Table(name = "email_acknowledged")
class AcknowledgedEntity {

  @Id
  @Column(length = 320)
  String address;

  @Column(name = "sent_at", nullable = false)
  Instant sentAt;
}
