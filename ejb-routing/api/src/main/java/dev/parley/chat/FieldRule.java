package dev.parley.chat;

/** Whether the widget asks for a pre-chat field, and whether the visitor must fill it in. */
public enum FieldRule {
  HIDDEN,
  OPTIONAL,
  REQUIRED
}
