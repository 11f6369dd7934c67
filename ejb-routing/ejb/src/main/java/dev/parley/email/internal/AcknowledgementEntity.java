package dev.parley.email.internal;

import dev.parley.email.Acknowledgement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of {@code email_acknowledgement}. */
@Entity
@Table(name = "email_acknowledgement")
class AcknowledgementEntity {
  static final int ID = 1;

  @Id int id = ID;

  @Column(nullable = false)
  boolean enabled;

  @Column(nullable = false, length = 200)
  String subject;

  @Column(nullable = false, length = 4000)
  String body;

  @Column(name = "after_hours_body", nullable = false, length = 4000)
  String afterHoursBody;

  @Column(name = "period_minutes", nullable = false)
  int periodMinutes;

  Acknowledgement view() {
    return new Acknowledgement(enabled, subject, body, afterHoursBody, periodMinutes);
  }

  void set(Acknowledgement a) {
    enabled = a.enabled();
    subject = a.subject();
    body = a.text();
    afterHoursBody = a.afterHoursText();
    periodMinutes = a.periodMinutes();
  }
}
