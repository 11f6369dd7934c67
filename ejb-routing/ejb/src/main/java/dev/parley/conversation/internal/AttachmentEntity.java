package dev.parley.conversation.internal;

import dev.parley.conversation.AttachmentRef;
import dev.parley.routing.api.id.AttachmentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code conversation_attachment}; {@code storedPath} is relative to the data directory. */
@Entity
@Table(name = "conversation_attachment")
@NamedQuery(
    name = AttachmentEntity.OF_MESSAGES,
    query =
        "select a from AttachmentEntity a where a.conversationId = :conversation"
            + " and a.messageSeq in :seqs order by a.uploadedAt, a.id")
class AttachmentEntity {
  static final String OF_MESSAGES = "AttachmentEntity.ofMessages";

  @Id
  @Column(length = 64)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 64)
  private String conversationId;

  @Column(name = "message_seq")
  private Long messageSeq;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 128)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "stored_path", nullable = false, length = 300)
  private String storedPath;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected AttachmentEntity() {}

  AttachmentEntity(
      String id,
      String conversationId,
      String fileName,
      String contentType,
      long size,
      String storedPath,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = id;
    this.conversationId = conversationId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.storedPath = storedPath;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  String conversationId() {
    return conversationId;
  }

  Long messageSeq() {
    return messageSeq;
  }

  String uploadedBy() {
    return uploadedBy;
  }

  String storedPath() {
    return storedPath;
  }

  void sentWith(long seq) {
    messageSeq = seq;
  }

  AttachmentRef ref() {
    return new AttachmentRef(AttachmentId.of(id), fileName, contentType, size);
  }
}
