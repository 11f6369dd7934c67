package dev.parley.conversation.internal;

import dev.parley.conversation.ConsultRequest;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code conversation_consult}. */
@Entity
@Table(name = "conversation_consult")
class ConsultEntity {
  @Id
  @Column(name = "consult_id", length = 64)
  private String consultId;

  @Column(name = "conversation_id", nullable = false, length = 64)
  private String conversationId;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "private_consult", nullable = false)
  private boolean privately;

  @Column(length = 1000)
  private String note;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected ConsultEntity() {}

  ConsultEntity(ConsultRequest r) {
    consultId = r.consult().value();
    conversationId = r.conversation().value();
    requestedBy = r.requestedBy().value();
    privately = r.privately();
    note = r.note();
    requestedAt = r.at();
  }

  ConsultRequest request() {
    return new ConsultRequest(
        ContactId.of(consultId),
        ContactId.of(conversationId),
        AgentId.of(requestedBy),
        privately,
        note,
        requestedAt);
  }
}
