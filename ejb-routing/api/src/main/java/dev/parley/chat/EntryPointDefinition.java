package dev.parley.chat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How a website's widget reaches Parley: the origins (scheme://host[:port]) whose pages may use it,
 * the texts the widget shows, the menu leading to a queue, the pre-chat fields, the largest
 * attachment and how visitors may talk ({@code channels}: CHAT, VOICE, VIDEO; left out, chat and
 * whichever calls every queue of the menu serves). Checked as a whole by {@link EntryPoints#save}.
 */
public record EntryPointDefinition(
    @NotNull
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and -")
        String name,
    @NotNull @Size(min = 1, max = 50) List<@NotNull @Size(max = 200) String> allowedOrigins,
    @NotNull @Valid Texts texts,
    @NotNull @Valid Menu menu,
    @NotNull @Valid PreChat preChat,
    @Min(1024) @Max(25 * 1024 * 1024) long maxAttachmentBytes,
    @Size(min = 1, max = 3) List<@NotNull String> channels) {

  /** The channels a website offers when an entry point does not say. */
  public static final List<String> WEB_CHANNELS = List.of("CHAT", "VOICE", "VIDEO");

  /** What the widget says; each at most 500 characters. */
  public record Texts(
      @NotNull @Size(min = 1, max = 60) String launcher,
      @NotNull @Size(min = 1, max = 100) String title,
      @NotNull @Size(max = 500) String greeting,
      @NotNull @Size(max = 500) String waiting,
      @NotNull @Size(max = 500) String ended,
      @NotNull @Size(max = 500) String offline) {}

  /**
   * The visual menu: {@code prompt} and the options; with no options the chat starts at once in
   * {@code queue}.
   */
  public record Menu(
      @Size(max = 200) String prompt,
      @NotNull @Size(max = 20) List<@NotNull @Valid MenuOption> options,
      @Size(max = 64) String queue) {}

  /**
   * One option: either more options, or a leaf that starts the chat in {@code queue} (with the
   * {@code skill}, e.g. a language, the admin names for it, kept with the conversation).
   */
  public record MenuOption(
      @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String id,
      @NotNull @Size(min = 1, max = 100) String label,
      @NotNull @Size(max = 20) List<@NotNull @Valid MenuOption> options,
      @Size(max = 64) String queue,
      @Size(max = 64) String skill) {

    public boolean leaf() {
      return options.isEmpty();
    }
  }

  /** The pre-chat fields. */
  public record PreChat(@NotNull FieldRule name, @NotNull FieldRule email) {}
}
