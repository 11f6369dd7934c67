package dev.parley.recording.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code audit_entry}: written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  Instant at;

  @Column(nullable = false, length = 100)
  String actor;

  @Column(nullable = false, length = 32)
  String action;

  @Column(name = "recording_id", length = 64)
  String recordingId;

  @Column(name = "contact_id", length = 64)
  String contactId;

  @Column(length = 1000)
  String detail;

  protected AuditEntryEntity() {}

  AuditEntryEntity(
      Instant at,
      String actor,
      String action,
      String recordingId,
      String contactId,
      String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.recordingId = recordingId;
    this.contactId = contactId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
