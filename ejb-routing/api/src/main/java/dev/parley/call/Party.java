package dev.parley.call;

import java.util.Objects;

/**
 * One participant of a call's media. {@code id} is unique within the call: {@value #CUSTOMER_ID}
 * for the customer, {@code agent:<username>} for agents and experts, {@code supervisor:<username>}
 * for a supervisor monitoring the call; it is what the other side calls this party in signaling
 * ({@code peer}). {@code name} is shown to the others. A party that joins {@code privately} (a
 * colleague consulted privately, e.g. before a warm transfer) talks with the agents only: the
 * customer neither hears nor sees them and is on hold meanwhile.
 */
public record Party(String id, PartyRole role, String name, boolean privately) {

  public static final String CUSTOMER_ID = "customer";

  /** The peer id browsers use for the media server in Kurento mode. */
  public static final String MEDIA_SERVER_ID = "media";

  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  public static Party customer(String name) {
    return new Party(CUSTOMER_ID, PartyRole.CUSTOMER, name == null ? "Customer" : name, false);
  }

  public static Party agent(String username, PartyRole role, String name, boolean privately) {
    return new Party("agent:" + username, role, name == null ? username : name, privately);
  }

  /**
   * A supervisor monitoring the call (never private: what they hear follows {@link MonitorMode}).
   */
  public static Party supervisor(String username, String name) {
    return new Party(
        supervisorId(username), PartyRole.SUPERVISOR, name == null ? username : name, false);
  }

  public static String supervisorId(String username) {
    return "supervisor:" + username;
  }

  public static String agentId(String username) {
    return "agent:" + username;
  }

  public boolean isCustomer() {
    return role == PartyRole.CUSTOMER;
  }

  public boolean isSupervisor() {
    return role == PartyRole.SUPERVISOR;
  }

  /** The agent's or supervisor's username, or null for the customer. */
  public String username() {
    if (id.startsWith("agent:")) {
      return id.substring("agent:".length());
    }
    return id.startsWith("supervisor:") ? id.substring("supervisor:".length()) : null;
  }
}
