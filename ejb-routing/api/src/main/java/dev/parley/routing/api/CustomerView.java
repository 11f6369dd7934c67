package dev.parley.routing.api;

import java.util.List;

/**
 * One customer: its id (the key of one of its identities) and every identity linked to it, as
 * {@link dev.parley.routing.customer.CustomerKey} keys in order.
 */
public record CustomerView(String customer, List<String> identities) {}
