package dev.parley.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A ready-made reply: SHARED ones are kept by admins, PERSONAL ones by their agent ({@code owner}).
 * The text may hold {@code {customer.name}}, {@code {agent.name}} and {@code {agent.firstName}},
 * filled in by the workstation.
 */
public record CannedResponse(
    String id,
    Scope scope,
    String owner,
    @NotBlank @Size(max = 100) String title,
    @NotBlank @Size(max = 4000) String text) {

  /** Whose it is. */
  public enum Scope {
    SHARED,
    PERSONAL
  }
}
