package dev.parley.channels.email.mime;

import java.util.Locale;

/**
 * Tells mail sent by a machine from mail written by a person, so that Parley never answers a
 * machine automatically (RFC 3834 section 2, and the markers mailing lists, bulk senders, Exchange
 * and bounces use). The answer is the first reason found, or null for a person's mail.
 */
final class AutomaticMail {

  private AutomaticMail() {}

  static String reason(Headers headers, MailAddress from, String envelopeSender, String topType) {
    String autoSubmitted = headers.raw("Auto-Submitted");
    if (autoSubmitted != null) {
      String value = autoSubmitted.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!value.equals("no")) {
        return "Auto-Submitted: " + value;
      }
    }
    String precedence = headers.raw("Precedence");
    if (precedence != null) {
      String value = precedence.strip().toLowerCase(Locale.ROOT);
      if (value.equals("bulk") || value.equals("list") || value.equals("junk")) {
        return "Precedence: " + value;
      }
    }
    for (String marker : new String[] {"List-Id", "List-Unsubscribe", "X-Auto-Response-Suppress"}) {
      if (headers.has(marker)) {
        return marker + " present";
      }
    }
    if (topType.equalsIgnoreCase("multipart/report")) {
      return "delivery or read report (multipart/report)";
    }
    if (envelopeSender != null) {
      String path = envelopeSender.strip();
      if (path.isEmpty() || path.equals("<>")) {
        return "empty return path (a bounce)";
      }
      if (isDaemon(path)) {
        return "sent by " + path;
      }
    }
    String returnPath = headers.raw("Return-Path");
    if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
      return "empty Return-Path (a bounce)";
    }
    if (from != null && isDaemon(from.address())) {
      return "sent by " + from.address();
    }
    return null;
  }

  private static boolean isDaemon(String address) {
    String local = address.replaceAll("[<>]", "").split("@", 2)[0].strip().toLowerCase(Locale.ROOT);
    return local.equals("mailer-daemon") || local.equals("postmaster");
  }
}
