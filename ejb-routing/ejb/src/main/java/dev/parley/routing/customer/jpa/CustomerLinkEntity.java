package dev.parley.routing.customer.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code customer_link}: {@code identity} (a customer key) belongs to the customer {@code
 * customerId}, itself the key of one of that customer's identities. Identities without a row are
 * customers of their own.
 */
@Entity
@Table(name = "customer_link")
@NamedQuery(
    name = CustomerLinkEntity.OF_CUSTOMER,
    query = "select l from CustomerLinkEntity l where l.customerId = :customer order by l.identity")
public class CustomerLinkEntity {
  public static final String OF_CUSTOMER = "CustomerLinkEntity.ofCustomer";

  @Id
  @Column(length = 200)
  private String identity;

  @Column(name = "customer_id", nullable = false, length = 200)
  private String customerId;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected CustomerLinkEntity() {}

  public CustomerLinkEntity(String identity, String customerId, Instant linkedAt) {
    this.identity = identity;
    this.customerId = customerId;
    this.linkedAt = linkedAt;
  }

  public String identity() {
    return identity;
  }

  public String customerId() {
    return customerId;
  }

  public void moveTo(String customer, Instant at) {
    this.customerId = customer;
    this.linkedAt = at;
  }
}
