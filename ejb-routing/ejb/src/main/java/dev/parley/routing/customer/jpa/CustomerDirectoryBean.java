package dev.parley.routing.customer.jpa;

import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.CustomerView;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.customer.CustomerKey;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link CustomerDirectory} on the {@code customer_link} table, in the caller's transaction (a new
 * one for REST callers). Not part of routing's writer: links change no routing state, only which
 * stored contacts make up one customer's history. Every identity of a linked customer has a row
 * naming the customer's id (the key of one of them); a customer of one identity has none.
 */
@Stateless
@Local(CustomerDirectory.class)
public class CustomerDirectoryBean implements CustomerDirectory {

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Inject Clock clock;

  @Inject StoreDurability durability;

  @Override
  public CustomerView customer(String identity) {
    return view(customerOf(key(identity)));
  }

  @Override
  public CustomerView link(String identity, String other) {
    String a = key(identity);
    String b = key(other);
    if (a.equals(b)) {
      throw new RoutingRefusedException(
          Kind.INVALID, "'" + other + "' is the same identity as '" + identity + "'");
    }
    String target = customerOf(a);
    String source = customerOf(b);
    if (target.equals(source)) {
      return view(target);
    }
    durability.flushAfterCommit(); // answered only once it would survive a kill -9
    Instant now = clock.instant();
    TreeSet<String> members = new TreeSet<>(identities(target));
    members.addAll(identities(source));
    for (String m : members) {
      CustomerLinkEntity row = em.find(CustomerLinkEntity.class, m, LockModeType.PESSIMISTIC_WRITE);
      if (row == null) {
        em.persist(new CustomerLinkEntity(m, target, now));
      } else if (!row.customerId().equals(target)) {
        row.moveTo(target, now);
      }
    }
    return view(target);
  }

  @Override
  public CustomerView unlink(String customer, String identity) {
    String c = customerOf(key(customer));
    String i = key(identity);
    CustomerLinkEntity row = em.find(CustomerLinkEntity.class, i, LockModeType.PESSIMISTIC_WRITE);
    if (row == null || !row.customerId().equals(c)) {
      throw new RoutingRefusedException(
          Kind.NOT_FOUND, "'" + identity + "' is not linked to customer " + c);
    }
    durability.flushAfterCommit();
    em.remove(row);
    em.flush();
    List<CustomerLinkEntity> rest = rows(c);
    if (rest.size() == 1) {
      em.remove(rest.get(0)); // one identity alone is a customer of its own, without a row
      return view(rest.get(0).identity());
    }
    if (i.equals(c)) {
      // The customer's id left: the remaining identities get the first of them as their id.
      String next = rest.get(0).identity();
      Instant now = clock.instant();
      rest.forEach(r -> r.moveTo(next, now));
      em.flush();
      return view(next);
    }
    return view(c);
  }

  @Override
  public Set<String> identitiesOf(String identity) {
    return Set.copyOf(identities(customerOf(key(identity))));
  }

  private static String key(String identity) {
    try {
      return CustomerKey.of(identity);
    } catch (IllegalArgumentException e) {
      throw new RoutingRefusedException(Kind.INVALID, e.getMessage());
    }
  }

  private String customerOf(String key) {
    CustomerLinkEntity row = em.find(CustomerLinkEntity.class, key);
    return row == null ? key : row.customerId();
  }

  private List<CustomerLinkEntity> rows(String customer) {
    return em.createNamedQuery(CustomerLinkEntity.OF_CUSTOMER, CustomerLinkEntity.class)
        .setParameter("customer", customer)
        .getResultList();
  }

  /** The keys of the customer's identities in order (its link rows are read in key order). */
  private List<String> identities(String customer) {
    List<String> keys = new ArrayList<>();
    rows(customer).forEach(r -> keys.add(r.identity()));
    if (keys.isEmpty()) {
      keys.add(customer);
    }
    return keys;
  }

  private CustomerView view(String customer) {
    return new CustomerView(customer, List.copyOf(identities(customer)));
  }
}
