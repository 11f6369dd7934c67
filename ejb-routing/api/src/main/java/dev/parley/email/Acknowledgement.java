package dev.parley.email;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The automatic answer to a customer's first message of a thread (docs/email.md): its subject and
 * text, another text while the thread's queue is closed; {@code {ticket}}, {@code {subject}} and
 * {@code {customer.name}} are filled in. Never sent to automatic mail (RFC 3834: auto-submitted,
 * bulk, list, mailer-daemons) and at most once per sender every {@code periodMinutes}.
 */
public record Acknowledgement(
    boolean enabled,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 4000) String text,
    @NotBlank @Size(max = 4000) String afterHoursText,
    @Min(1) @Max(10_080) int periodMinutes) {

  public static final Acknowledgement DEFAULT =
      new Acknowledgement(
          true,
          "We have your message: {subject}",
          "Hello {customer.name},\n\nthank you for writing to us. Your request has the ticket"
              + " number {ticket}; please keep it in the subject when you write again. We will"
              + " answer as soon as we can.",
          "Hello {customer.name},\n\nthank you for writing to us. Your request has the ticket"
              + " number {ticket}. We are closed right now and will answer when we are back.",
          60);
}
