package dev.parley.channels.email.mime;

/**
 * Whether {@link HtmlSanitizer} lets an HTML body load images from the internet. Remote images tell
 * the sender when and where the mail was read (tracking pixels), so they are blocked until the
 * agent asks to see them for that message.
 */
public enum RemoteContent {
  /** Remote images and CSS backgrounds are removed and counted (the default). */
  BLOCK,
  /** http and https images are kept. */
  ALLOW
}
