/**
 * The recordings library behind {@link dev.parley.recording.Recordings}: metadata rows ({@link
 * RecordingEntity}, its pauses and per-party tracks), files under the recordings directory ({@link
 * RecordingFiles}), browser uploads joined and made seekable in the background ({@link
 * RecordingAssembly}, with {@code webm}), the audit trail, and the jobs that expire recordings and
 * check files against metadata ({@link RecordingJobs}).
 */
package dev.parley.recording.internal;
