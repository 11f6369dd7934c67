/**
 * Sending recorded media over HTTP: whole files and byte ranges (RFC 9110), for every audience that
 * plays recordings.
 */
package dev.parley.web.platform.media;
