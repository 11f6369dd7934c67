package dev.parley.call;

/**
 * The media layer's health for readiness: {@code up} false means calls are refused now (Kurento
 * unreachable) while everything else works; {@code detail} says why; {@code pipelines} counts the
 * media pipelines Parley holds (0 in peer-to-peer mode).
 */
public record MediaStatus(MediaMode mode, boolean up, String detail, int calls, int pipelines) {}
