/**
 * What is being routed: a contact (one voice or video call, chat, e-mail thread or SMS
 * conversation), its channel and its lifecycle. {@link dev.parley.routing.api.ContactState} holds
 * the only table of allowed transitions; {@link dev.parley.routing.contact.Contact} refuses
 * anything else, so no caller can put a contact into an impossible state.
 */
package dev.parley.routing.contact;
