package dev.parley.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What it takes to create an account. Usernames are short, lower-case and URL-safe so they can
 * appear in paths and logs without escaping; passwords have a minimum length and are hashed before
 * they reach the database.
 */
public record NewAccount(
    @NotNull
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._-]{1,63}",
            message = "must be 2-64 characters: lower-case letters, digits, '.', '_' or '-'")
        String username,
    @NotBlank @Size(max = 200) String displayName,
    @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
    @NotEmpty Set<@NotNull Role> roles) {

  public NewAccount {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "NewAccount[username=%s, displayName=%s, roles=%s]"
        .formatted(username, displayName, roles);
  }
}
