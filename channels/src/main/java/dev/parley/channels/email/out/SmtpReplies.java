package dev.parley.channels.email.out;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SMTP failure means for the outbox: a 5xx reply is permanent (the server refused the
 * message or a recipient for good); anything else — a 4xx, a refused or dropped connection, a
 * timeout — is temporary.
 */
final class SmtpReplies {

  private static final Pattern CODE = Pattern.compile("^\\s*([245])\\d\\d[\\s-]");

  private SmtpReplies() {}

  /** The SMTP reply code the failure carries (its own or a nested one's), or 0. */
  static int code(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      try {
        Object code = t.getClass().getMethod("getReturnCode").invoke(t);
        if (code instanceof Integer c && c > 0) {
          return c;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // not an SMTP exception of the Jakarta Mail implementation: read the message
      }
      String message = t.getMessage();
      if (message != null) {
        Matcher m = CODE.matcher(message);
        if (m.find()) {
          return Integer.parseInt(message.strip().substring(0, 3));
        }
      }
    }
    return 0;
  }

  static boolean permanent(Throwable failure) {
    return code(failure) >= 500;
  }

  /** One line for the agent: the reply, or what went wrong. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage().strip().replaceAll("\\s+", " ");
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
