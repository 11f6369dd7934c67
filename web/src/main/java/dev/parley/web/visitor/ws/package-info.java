/**
 * Empty today. The web chat issue adds here the visitor's socket ({@code /ws/visitor}) with its own
 * sealed message types and codec, checking the handshake's Origin against the allowed origins.
 */
package dev.parley.web.visitor.ws;
