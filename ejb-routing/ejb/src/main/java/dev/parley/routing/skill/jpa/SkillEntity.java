package dev.parley.routing.skill.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of {@code routing_skill}: one catalogue skill. The name is stored normalised and never
 * changes (rename is delete and create); the kind is SKILL or LANGUAGE.
 */
@Entity
@Cacheable
@Table(name = "routing_skill")
@NamedQuery(name = SkillEntity.ALL, query = "select s from SkillEntity s order by s.name")
public class SkillEntity {
  public static final String ALL = "SkillEntity.all";

  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(nullable = false, length = 16)
  private String kind;

  @Version private long version;

  protected SkillEntity() {}

  public SkillEntity(String name, String kind) {
    this.name = name;
    this.kind = kind;
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }
}
