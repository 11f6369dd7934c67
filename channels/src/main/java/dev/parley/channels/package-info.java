/**
 * Channel adapters: each turns outside traffic (e-mail through Apache James, SMS through SMPP or an
 * HTTP provider) into contacts and messages handed to routing. Channels never talk to agents.
 */
package dev.parley.channels;
