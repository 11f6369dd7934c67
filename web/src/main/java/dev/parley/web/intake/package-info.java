/**
 * Contacts entering routing over the web. Channels hand their contacts to routing directly; this is
 * the way in for tools, tests and integrations without a channel adapter.
 */
package dev.parley.web.intake;
