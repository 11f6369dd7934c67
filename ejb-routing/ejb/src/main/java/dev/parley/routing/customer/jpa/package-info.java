/**
 * Storage of customer links ({@code customer_link}): which identities (phone numbers, e-mail
 * addresses, visitor ids) make up one customer.
 */
package dev.parley.routing.customer.jpa;
