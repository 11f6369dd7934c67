package dev.parley.recording;

import java.util.List;

/** One page of a library search and how many recordings match in all. */
public record RecordingPage(List<RecordingView> items, long total, int page, int size) {}
