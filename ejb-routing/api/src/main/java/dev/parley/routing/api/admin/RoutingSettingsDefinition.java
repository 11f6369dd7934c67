package dev.parley.routing.api.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * The engine-wide routing settings an admin edits. A waiting contact's effective priority is its
 * queue's priority + its own priority + its channel's weight + {@code agingPerSecond} × seconds
 * waited; {@code channelWeights} names every channel (VOICE, VIDEO, CHAT, SMS, EMAIL) with 0 to
 * 100,000 points. {@code noAnswerLimit} consecutive unanswered offers make an agent NOT_RESPONDING
 * (0 = never).
 */
public record RoutingSettingsDefinition(
    @NotNull Map<String, Integer> channelWeights,
    @PositiveOrZero @DecimalMax("1000") double agingPerSecond,
    @PositiveOrZero @Max(100) int noAnswerLimit) {}
