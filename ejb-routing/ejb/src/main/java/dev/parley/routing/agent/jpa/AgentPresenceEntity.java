package dev.parley.routing.agent.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Row of {@code routing_agent_presence}: an agent's last presence as decided by the engine. Written
 * in the same transaction as the command that changed it, so after a restart the engine is rebuilt
 * with the presence agents really had. Live state: deliberately not cached.
 */
@Entity
@Table(name = "routing_agent_presence")
@NamedQuery(
    name = AgentPresenceEntity.LOGGED_IN,
    query = "select p from AgentPresenceEntity p where p.status <> 'OFFLINE' order by p.username")
@NamedQuery(
    name = AgentPresenceEntity.TAKEN_OFFLINE,
    query =
        "select p from AgentPresenceEntity p where p.status = 'OFFLINE' and p.breakReason is not null")
public class AgentPresenceEntity {
  public static final String LOGGED_IN = "AgentPresenceEntity.loggedIn";

  /** Agents routing took OFFLINE, with the reason (e.g. connection lost). */
  public static final String TAKEN_OFFLINE = "AgentPresenceEntity.takenOffline";

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(nullable = false, length = 16)
  private String status;

  /** A BREAK's reason, or why routing took an OFFLINE agent out (e.g. connection lost). */
  @Column(name = "break_reason", length = 64)
  private String breakReason;

  @Column(nullable = false)
  private Instant since;

  @Column(name = "idle_since", nullable = false)
  private Instant idleSince;

  @Column(name = "handled_on")
  private LocalDate handledOn;

  @Column(name = "handled_today", nullable = false)
  private int handledToday;

  protected AgentPresenceEntity() {}

  public AgentPresenceEntity(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }

  public String status() {
    return status;
  }

  public String breakReason() {
    return breakReason;
  }

  public Instant since() {
    return since;
  }

  public Instant idleSince() {
    return idleSince;
  }

  public LocalDate handledOn() {
    return handledOn;
  }

  public int handledToday() {
    return handledToday;
  }

  public void update(
      String status,
      String breakReason,
      Instant since,
      Instant idleSince,
      LocalDate handledOn,
      int handledToday) {
    this.status = status;
    this.breakReason = breakReason;
    this.since = since;
    this.idleSince = idleSince;
    this.handledOn = handledOn;
    this.handledToday = handledToday;
  }
}
