package dev.parley.recording;

/** A file the media server finished: one party's ({@code party} set) or the whole call's. */
public record ServerFile(String party, String name) {}
