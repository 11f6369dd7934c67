package dev.parley.routing.api;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Which customer identities (e-mail addresses, phone numbers, visitor ids) belong to one person, so
 * that their history is one across channels. Identities are given as channels give them and
 * compared by their {@link dev.parley.routing.customer.CustomerKey}. Invalid identities are refused
 * with {@link RoutingRefusedException} (INVALID) and change nothing.
 */
public interface CustomerDirectory {

  /** The customer {@code identity} belongs to (itself alone when it was never linked). */
  CustomerView customer(@NotNull String identity);

  /**
   * Links {@code other} to the customer of {@code identity}: if {@code other} belonged to another
   * customer, that customer's identities all move over (the two are one person).
   */
  CustomerView link(@NotNull String identity, @NotNull String other);

  /**
   * Takes {@code identity} out of the customer of {@code customer}; it is a customer of its own
   * again. NOT_FOUND when it is not linked to that customer.
   */
  CustomerView unlink(@NotNull String customer, @NotNull String identity);

  /** The keys of every identity of the customer {@code identity} belongs to, its own included. */
  Set<String> identitiesOf(@NotNull String identity);
}
