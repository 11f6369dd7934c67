package dev.parley.channels.email.mime;

import java.util.Objects;

/**
 * HTML safe to put in the agent's page, and how many remote resources (images, CSS backgrounds)
 * were removed from it, so the UI can offer "3 remote images blocked — show".
 */
public record SanitizedHtml(String html, int blockedRemote) {

  public SanitizedHtml {
    Objects.requireNonNull(html, "html");
    if (blockedRemote < 0) {
      throw new IllegalArgumentException("blockedRemote < 0");
    }
  }
}
