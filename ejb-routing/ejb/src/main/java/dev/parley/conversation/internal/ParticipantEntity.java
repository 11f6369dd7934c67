package dev.parley.conversation.internal;

import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Participant;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code conversation_participant}: one per agent and conversation, kept after leaving. */
@Entity
@Table(name = "conversation_participant")
@IdClass(ParticipantEntity.Key.class)
@NamedQuery(
    name = ParticipantEntity.OF_CONVERSATION,
    query =
        "select p from ParticipantEntity p where p.conversationId = :conversation"
            + " order by p.joinedAt, p.agent")
class ParticipantEntity {
  static final String OF_CONVERSATION = "ParticipantEntity.ofConversation";

  @Id
  @Column(name = "conversation_id", length = 64)
  private String conversationId;

  @Id
  @Column(length = 64)
  private String agent;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", nullable = false, length = 16)
  private AuthorRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility;

  @Column(name = "consult_id", length = 64)
  private String consultId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  protected ParticipantEntity() {}

  ParticipantEntity(String conversationId, String agent) {
    this.conversationId = conversationId;
    this.agent = agent;
  }

  void join(AuthorRole role, Visibility visibility, String consultId, Instant at) {
    this.role = role;
    this.visibility = visibility;
    this.consultId = consultId;
    this.joinedAt = at;
    this.leftAt = null;
  }

  void leave(Instant at) {
    if (leftAt == null) {
      leftAt = at;
    }
  }

  Participant participant() {
    return new Participant(
        ContactId.of(conversationId),
        AgentId.of(agent),
        role,
        visibility,
        consultId == null ? null : ContactId.of(consultId),
        joinedAt,
        leftAt);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String conversationId;
    private String agent;

    public Key() {}

    Key(String conversationId, String agent) {
      this.conversationId = conversationId;
      this.agent = agent;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.conversationId, conversationId)
          && Objects.equals(k.agent, agent);
    }

    @Override
    public int hashCode() {
      return Objects.hash(conversationId, agent);
    }
  }
}
