package dev.parley.chat;

import dev.parley.routing.api.id.AgentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Canned responses (see {@link CannedResponse}); refusals are RoutingRefusedExceptions. */
public interface CannedResponses {

  /** The shared ones and {@code agent}'s own, shared first, each by title. */
  List<CannedResponse> forAgent(@NotNull AgentId agent);

  List<CannedResponse> shared();

  /** A new one: shared when {@code owner} is null. */
  CannedResponse create(
      AgentId owner,
      @NotBlank @Size(max = 100) String title,
      @NotBlank @Size(max = 4000) String text);

  /** Changes a shared one (admins). */
  CannedResponse updateShared(
      @NotNull String id,
      @NotBlank @Size(max = 100) String title,
      @NotBlank @Size(max = 4000) String text);

  /** Deletes a shared one ({@code owner} null) or the owner's own; false when there is none. */
  boolean delete(@NotNull String id, AgentId owner);
}
