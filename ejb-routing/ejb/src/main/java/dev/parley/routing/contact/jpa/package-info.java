/**
 * JPA mapping of contacts ({@code routing_contact}) and their history ({@code
 * routing_contact_event}). Rows are written by the routing runtime only, in the transaction of the
 * command that changed them; they are the durable truth the engine is rebuilt from.
 */
package dev.parley.routing.contact.jpa;
