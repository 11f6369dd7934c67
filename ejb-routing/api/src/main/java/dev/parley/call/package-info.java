/**
 * Voice and video calls for web and channels: which parties are in a call's media, the signaling
 * between their browsers and the media (another browser in peer-to-peer mode, Kurento in Kurento
 * mode), hold, and the state of the media layer. The protocol the browsers speak is in
 * docs/call-protocol.md.
 */
package dev.parley.call;
