package dev.parley.recording;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A library search; every criterion may be null (not applied). {@code customer} matches the
 * customer's name or address (number, e-mail, visitor) in part, ignoring case; {@code agent} a
 * username among the recording's agents and experts. Sorted by {@code sort} (STARTED or DURATION,
 * newest/longest first unless {@code ascending}), {@code page} from 0.
 */
public record RecordingQuery(
    Instant from,
    Instant to,
    String agent,
    String customer,
    String queue,
    String channel,
    RecordingKind kind,
    @Min(0) Integer minDurationSeconds,
    @Pattern(regexp = "STARTED|DURATION") String sort,
    boolean ascending,
    @Min(0) int page,
    @Min(1) @Max(200) int size) {

  public static RecordingQuery all() {
    return new RecordingQuery(
        null, null, null, null, null, null, null, null, "STARTED", false, 0, 50);
  }
}
