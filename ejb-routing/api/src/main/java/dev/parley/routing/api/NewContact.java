package dev.parley.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A contact handed to routing by a channel (or by a test through REST). {@code skills} (catalogue
 * skill → minimum level 1..10) are needed besides the queue's, e.g. the language a visitor chose;
 * empty for most contacts. {@code origin}, when given, names the outside traffic the contact comes
 * from (e.g. {@code mail:<id>}, {@code voicemail:<recording>}): routing makes one contact per
 * origin, and handing the same origin over again answers that contact, so a channel that retries
 * after a failure or a crash never makes two.
 */
public record NewContact(
    @NotNull Channel channel,
    @NotBlank @Size(max = 64) String queue,
    @NotBlank @Size(max = 200) String customer,
    int priority,
    @NotNull Direction direction,
    @NotNull @Size(max = 10) Map<String, Integer> skills,
    @Size(max = 200) String origin) {

  public NewContact {
    skills = skills == null ? Map.of() : Map.copyOf(skills);
  }

  public NewContact(
      Channel channel,
      String queue,
      String customer,
      int priority,
      Direction direction,
      Map<String, Integer> skills) {
    this(channel, queue, customer, priority, direction, skills, null);
  }

  public NewContact(
      Channel channel, String queue, String customer, int priority, Direction direction) {
    this(channel, queue, customer, priority, direction, Map.of(), null);
  }

  /** The same contact, made once for {@code origin}. */
  public NewContact from(String origin) {
    return new NewContact(channel, queue, customer, priority, direction, skills, origin);
  }
}
