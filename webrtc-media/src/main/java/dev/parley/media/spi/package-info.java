/**
 * What a media mode implements ({@link dev.parley.media.spi.MediaBackend}) and how it reports back
 * ({@link dev.parley.media.spi.MediaListener}); {@code dev.parley.media.call} uses it, {@code
 * dev.parley.media.kurento} and the peer-to-peer relay implement it.
 */
package dev.parley.media.spi;
