package dev.parley.channels.email.smtp;

import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.smtp.SMTPResponse;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.HookReturnCode;

/** The listener's own replies, each with its enhanced status code (RFC 3463). */
final class Replies {

  private Replies() {}

  static Response reply(String code, String text) {
    return new SMTPResponse(code, text);
  }

  static Response closing(String code, String text) {
    SMTPResponse response = new SMTPResponse(code, text);
    response.setEndSession(true);
    return response;
  }

  static HookResult deny(String code, String text) {
    return HookResult.builder()
        .hookReturnCode(HookReturnCode.deny())
        .smtpReturnCode(code)
        .smtpDescription(text)
        .build();
  }

  static HookResult denySoft(String code, String text) {
    return HookResult.builder()
        .hookReturnCode(HookReturnCode.denySoft())
        .smtpReturnCode(code)
        .smtpDescription(text)
        .build();
  }

  static String tooBig(long max) {
    return "Message size exceeds the maximum of " + max + " bytes";
  }
}
