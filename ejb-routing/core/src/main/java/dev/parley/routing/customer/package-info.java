/**
 * Who the contact is from: the customer's identity as routing needs it, and the sticky-agent memory
 * that sends a returning customer back to the agent who served them last.
 */
package dev.parley.routing.customer;
