/**
 * Media sessions for voice and video contacts: Kurento pipelines in KMS mode, signaling relay in
 * the peer-to-peer mode that is the embedded default.
 */
package dev.parley.media;
