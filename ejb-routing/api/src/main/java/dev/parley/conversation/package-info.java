/**
 * Conversations of the messaging channels (chat now, e-mail and SMS later): the ordered messages of
 * a contact, who takes part, and the files attached. A conversation's id is its contact's id. A
 * message is stored before anyone is told of it ({@link ConversationEvent}); readers resume from
 * the last sequence number they saw. Messages for agents only ({@link Visibility#AGENTS}) are never
 * returned for the customer's view.
 */
package dev.parley.conversation;
