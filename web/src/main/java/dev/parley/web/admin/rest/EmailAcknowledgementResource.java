package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.email.Acknowledgement;
import dev.parley.email.MailStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The automatic acknowledgement of a customer's first e-mail of a thread (docs/email.md): on or
 * off, its subject, its text and the text while the queue is closed ({@code {ticket}}, {@code
 * {subject}}, {@code {customer.name}} filled in), and how often one sender may get one.
 */
@ApplicationScoped
@Path("/admin/email/acknowledgement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "admin", description = "Reference data")
public class EmailAcknowledgementResource {

  @EJB MailStore mail;

  @GET
  @Operation(summary = "The acknowledgement's settings")
  public Acknowledgement get() {
    return mail.acknowledgement();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the acknowledgement",
      description =
          "Body {enabled, subject, text, afterHoursText, periodMinutes (1..10080)}: at most one"
              + " acknowledgement per sender per period; never to automatic mail (RFC 3834).")
  @APIResponse(responseCode = "200", description = "The settings now")
  @APIResponse(responseCode = "400", description = "A field is missing or out of range")
  public Acknowledgement put(Acknowledgement body) {
    if (body == null) {
      throw new IllegalArgumentException("a body is required");
    }
    return mail.replaceAcknowledgement(body);
  }
}
