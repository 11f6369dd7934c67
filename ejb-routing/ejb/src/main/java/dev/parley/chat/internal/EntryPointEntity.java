package dev.parley.chat.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code chat_entry_point}: the definition as JSON. */
@Entity
@Table(name = "chat_entry_point")
class EntryPointEntity {
  @Id
  @Column(length = 64)
  private String name;

  @Column(nullable = false, length = 65536)
  private String definition;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected EntryPointEntity() {}

  EntryPointEntity(String name) {
    this.name = name;
  }

  String definition() {
    return definition;
  }

  void define(String json, Instant at) {
    definition = json;
    updatedAt = at;
  }
}
