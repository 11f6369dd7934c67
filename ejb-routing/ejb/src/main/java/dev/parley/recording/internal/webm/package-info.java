/**
 * Makes a WebM recorded by a browser seekable without decoding it, in pure Java.
 *
 * <p>{@code MediaRecorder} writes a "live" WebM: a Segment and Clusters of unknown size, no
 * Duration, no Cues and no SeekHead, so a browser can neither seek in it nor show its length.
 * {@link dev.parley.recording.internal.webm.SeekableWebm} reads such a file twice — once to index
 * its Clusters and blocks, once to copy them — and writes a WebM with known sizes, a SeekHead, a
 * Duration and Cues; {@code probe} reads a file's shape without rewriting it. The formats are the
 * EBML specification (RFC 8794) and the Matroska/WebM element specification; the element IDs are in
 * {@link dev.parley.recording.internal.webm.WebmIds}.
 */
package dev.parley.recording.internal.webm;
