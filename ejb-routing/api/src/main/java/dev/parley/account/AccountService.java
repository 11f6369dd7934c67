package dev.parley.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Creating and reading accounts. Implementations validate their input (Bean Validation). */
public interface AccountService {

  /**
   * Creates an enabled account with a freshly hashed password.
   *
   * @throws AccountAlreadyExistsException when the username is taken
   */
  Account create(@NotNull @Valid NewAccount account);

  Optional<Account> findByUsername(@NotNull String username);

  /** All accounts ordered by username. */
  List<Account> list();
}
