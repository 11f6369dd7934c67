package dev.parley.recording.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Row of {@code recording}. {@code filePath} is relative to the recordings directory and set once
 * the file is complete; {@code agents} and {@code experts} are usernames kept as {@code ,a,b,} so a
 * search for one is a LIKE on {@code ,name,}. Fields are package-private: the bean and its helpers
 * in this package are the only writers.
 */
@Entity
@Table(name = "recording")
class RecordingEntity {

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "contact_id", nullable = false, length = 64)
  String contactId;

  @Column(nullable = false, length = 16)
  String kind;

  @Column(nullable = false, length = 16)
  String channel;

  @Column(nullable = false, length = 16)
  String source;

  @Column(name = "queue_name", length = 64)
  String queueName;

  @Column(name = "customer_id", length = 200)
  String customerId;

  @Column(name = "customer_name", length = 200)
  String customerName;

  @Column(name = "customer_address", length = 320)
  String customerAddress;

  @Column(nullable = false, length = 1000)
  String agents = ",";

  @Column(nullable = false, length = 1000)
  String experts = ",";

  @Column(name = "recorded_by", length = 100)
  String recordedBy;

  @Column(name = "started_at", nullable = false)
  Instant startedAt;

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "last_chunk_at")
  Instant lastChunkAt;

  @Column(nullable = false)
  int chunks;

  @Column(name = "duration_ms", nullable = false)
  long durationMs;

  @Column(name = "size_bytes", nullable = false)
  long sizeBytes;

  @Column(nullable = false)
  boolean video;

  @Column(nullable = false, length = 16)
  String state;

  @Column(length = 500)
  String problem;

  @Column(nullable = false)
  boolean paused;

  @Column(name = "file_path", length = 300)
  String filePath;

  @Column(name = "legal_hold", nullable = false)
  boolean legalHold;

  @Column(name = "expires_at")
  Instant expiresAt;

  /** The VOICEMAIL contact this message became (voicemail only, once READY). */
  @Column(name = "voicemail_contact_id", length = 64)
  String voicemailContactId;

  /**
   * A voicemail message's notice: DUE from its link to a contact, DONE once decided (queued, or
   * none for a queue without an address); null for calls.
   */
  @Column(name = "voicemail_notice", length = 8)
  String voicemailNotice;

  @Version long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recording_pause", joinColumns = @JoinColumn(name = "recording_id"))
  @OrderColumn(name = "seq")
  List<PauseRow> pauses = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recording_track", joinColumns = @JoinColumn(name = "recording_id"))
  List<TrackRow> tracks = new ArrayList<>();

  protected RecordingEntity() {}

  RecordingEntity(String id, String contactId, String kind, String channel, String source) {
    this.id = id;
    this.contactId = contactId;
    this.kind = kind;
    this.channel = channel;
    this.source = source;
  }

  static String names(List<String> usernames) {
    return usernames.isEmpty() ? "," : "," + String.join(",", usernames) + ",";
  }

  static List<String> list(String names) {
    return names == null || names.length() < 2
        ? List.of()
        : List.of(names.substring(1, names.length() - 1).split(","));
  }

  /** A stretch not recorded. */
  @Embeddable
  static class PauseRow {
    @Column(name = "paused_at", nullable = false)
    Instant pausedAt;

    @Column(name = "resumed_at")
    Instant resumedAt;

    @Column(name = "paused_by", nullable = false, length = 100)
    String pausedBy;

    protected PauseRow() {}

    PauseRow(Instant pausedAt, String pausedBy) {
      this.pausedAt = pausedAt;
      this.pausedBy = pausedBy;
    }
  }

  /** One party's file of a media server recording. */
  @Embeddable
  static class TrackRow {
    @Column(nullable = false, length = 120)
    String party;

    @Column(name = "file_path", nullable = false, length = 300)
    String filePath;

    @Column(name = "duration_ms", nullable = false)
    long durationMs;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    protected TrackRow() {}

    TrackRow(String party, String filePath, long durationMs, long sizeBytes) {
      this.party = party;
      this.filePath = filePath;
      this.durationMs = durationMs;
      this.sizeBytes = sizeBytes;
    }
  }
}
