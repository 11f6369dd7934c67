package dev.parley.call;

import java.util.Objects;

/**
 * One participant of a call's media. {@code id} is unique within the call: {@value #CUSTOMER_ID}
 * for the customer, {@code agent:<username>} for agents and experts; it is what the other side
 * calls this party in signaling ({@code peer}). {@code name} is shown to the others.
 */
public record Party(String id, PartyRole role, String name) {

  public static final String CUSTOMER_ID = "customer";

  /** The peer id browsers use for the media server in Kurento mode. */
  public static final String MEDIA_SERVER_ID = "media";

  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }

  public static Party customer(String name) {
    return new Party(CUSTOMER_ID, PartyRole.CUSTOMER, name == null ? "Customer" : name);
  }

  public static Party agent(String username, PartyRole role, String name) {
    return new Party("agent:" + username, role, name == null ? username : name);
  }

  /** The agent's username, or null for the customer. */
  public String username() {
    return id.startsWith("agent:") ? id.substring("agent:".length()) : null;
  }
}
