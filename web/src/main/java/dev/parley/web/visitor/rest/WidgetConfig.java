package dev.parley.web.visitor.rest;

import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.FieldRule;
import java.util.List;

/**
 * An entry point as the widget sees it (docs/chat-protocol.md): texts, the menu without the queues
 * it leads to, pre-chat fields, attachments. Nothing about allowed origins or queues.
 */
public record WidgetConfig(
    String name,
    EntryPointDefinition.Texts texts,
    Menu menu,
    PreChat preChat,
    Files attachments,
    List<String> channels) {

  /** The accepted attachment types (recognised by content on upload). */
  static final List<String> TYPES =
      List.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

  public record Menu(String prompt, List<Option> options) {}

  public record Option(String id, String label, List<Option> options) {}

  public record PreChat(FieldRule name, FieldRule email) {}

  public record Files(long maxBytes, List<String> types) {}

  /** What the widget gets of {@code d}, with the channels visitors may use there. */
  static WidgetConfig of(EntryPointDefinition d, List<String> channels) {
    return new WidgetConfig(
        d.name(),
        d.texts(),
        new Menu(d.menu().prompt(), options(d.menu().options())),
        new PreChat(d.preChat().name(), d.preChat().email()),
        new Files(d.maxAttachmentBytes(), TYPES),
        channels);
  }

  private static List<Option> options(List<EntryPointDefinition.MenuOption> options) {
    return options.stream().map(o -> new Option(o.id(), o.label(), options(o.options()))).toList();
  }
}
