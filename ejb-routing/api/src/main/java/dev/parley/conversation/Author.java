package dev.parley.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A message's author: its role, who it is ({@code id}: the agent's username, the visitor's customer
 * identity; null for the system) and the name shown.
 */
public record Author(
    @NotNull AuthorRole role, @Size(max = 200) String id, @Size(max = 200) String name) {

  public static Author system() {
    return new Author(AuthorRole.SYSTEM, null, "Parley");
  }
}
