/**
 * Calls' media: {@code CallsBean} (the {@link dev.parley.call.Calls} EJB) keeps who is in each call
 * and hands media work to the {@link dev.parley.media.spi.MediaBackend} of the configured mode:
 * {@code PeerToPeerMedia} relays signaling between browsers, {@code dev.parley.media.kurento} runs
 * a pipeline per call on Kurento Media Server.
 */
package dev.parley.media.call;
