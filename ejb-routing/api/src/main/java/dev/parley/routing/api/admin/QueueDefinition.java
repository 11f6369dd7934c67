package dev.parley.routing.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A queue as administrators edit it. Channel and strategy names are the enum names of {@link
 * dev.parley.routing.api.Channel} and {@link dev.parley.routing.queue.Strategy}; skills are names
 * from the skills catalogue; {@code businessHours} names a calendar.
 *
 * <p>The fields after {@code serviceLevelPercent} may be left out (null): no relaxation, no max
 * wait ({@code maxWaitSeconds} 0, {@code overflow} null), always open ({@code businessHours} and
 * {@code afterHours} null), no sticky agent ({@code stickyWindowSeconds} 0), no chat first-reply
 * limit, no virtual hold ({@code virtualHoldSeconds} 0: callers may not keep their place; above 0
 * they may, and are rung back for that many seconds when an agent is about to take the call), calls
 * recorded always ({@code recording} ALWAYS, also when null; ON_DEMAND: when the agent asks; NEVER)
 * and kept for ever ({@code recordingRetentionDays} 0 or null; else deleted that many days after
 * the call unless under legal hold), voicemail messages up to 120 s ({@code voicemailMaxSeconds})
 * and announced to nobody ({@code voicemailNotify}: an e-mail address each new voicemail contact of
 * the queue is announced to, without the audio; docs/adr/0022-mail-notices.md). An overflow action
 * needs a max wait and an after-hours action needs a calendar, and the other way round.
 */
public record QueueDefinition(
    @NotBlank @Size(max = 64) String name,
    @NotEmpty List<@NotBlank String> channels,
    int priority,
    @NotBlank String strategy,
    @Min(1) @Max(3600) int offerTimeoutSeconds,
    @Min(0) @Max(86400) int wrapUpSeconds,
    @NotNull List<@NotBlank @Size(max = 64) String> dispositionCodes,
    boolean dispositionRequired,
    @NotNull List<@Valid RequiredSkill> requiredSkills,
    @Min(0) @Max(86400) int serviceLevelSeconds,
    @Min(0) @Max(100) int serviceLevelPercent,
    List<@NotNull @Valid Relaxation> relaxation,
    @Min(0) @Max(604800) Integer maxWaitSeconds,
    @Valid Action overflow,
    @Size(max = 64) String businessHours,
    @Valid Action afterHours,
    @Min(0) @Max(2592000) Integer stickyWindowSeconds,
    @Min(0) @Max(3600) Integer firstResponseSeconds,
    @Min(0) @Max(300) Integer virtualHoldSeconds,
    @Pattern(regexp = "ALWAYS|ON_DEMAND|NEVER") String recording,
    @Min(0) @Max(36500) Integer recordingRetentionDays,
    @Min(5) @Max(600) Integer voicemailMaxSeconds,
    @Size(max = 254) String voicemailNotify) {

  /** The queue needs {@code skill} at {@code minLevel} (1..10) or above. */
  public record RequiredSkill(
      @NotBlank @Size(max = 64) String skill, @Min(1) @Max(10) int minLevel) {}

  /**
   * Once a contact has waited {@code afterSeconds} in the queue, {@code requiredSkills} replace the
   * queue's requirements (lower levels, fewer skills; an empty list drops them all).
   */
  public record Relaxation(
      @Min(1) @Max(86400) int afterSeconds, @NotNull List<@Valid RequiredSkill> requiredSkills) {}

  /**
   * What happens to a contact that waited too long or arrived while closed: {@code action} is one
   * of TO_QUEUE (with {@code queue}, an existing queue), VOICEMAIL, CALLBACK or END_WITH_MESSAGE
   * (with {@code message}).
   */
  public record Action(
      @NotBlank String action, @Size(max = 64) String queue, @Size(max = 500) String message) {}

  /** The first eleven fields only: everything after them off (used by code predating them). */
  public static QueueDefinition basic(
      String name,
      List<String> channels,
      int priority,
      String strategy,
      int offerTimeoutSeconds,
      int wrapUpSeconds,
      List<String> dispositionCodes,
      boolean dispositionRequired,
      List<RequiredSkill> requiredSkills,
      int serviceLevelSeconds,
      int serviceLevelPercent) {
    return new QueueDefinition(
        name,
        channels,
        priority,
        strategy,
        offerTimeoutSeconds,
        wrapUpSeconds,
        dispositionCodes,
        dispositionRequired,
        requiredSkills,
        serviceLevelSeconds,
        serviceLevelPercent,
        List.of(),
        0,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
