package dev.parley.web.agent.rest;

import dev.parley.account.Account;
import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.conversation.AuthorRole;
import dev.parley.email.EmailDesk;
import dev.parley.email.EmailThreadView;
import dev.parley.email.Reply;
import dev.parley.routing.api.id.ContactId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An e-mail thread in the workstation (docs/email.md): its messages with the HTML sanitized (remote
 * images only when the agent asks, message by message), and replies through the outbox. Reading is
 * for the contact's agents and supervisors ({@link ConversationAccess}); replying for the agent
 * handling it.
 */
@ApplicationScoped
@Path("/agent/email")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "e-mail", description = "E-mail threads: reading and replying")
public class EmailResource {

  /** Body of a reply. */
  public record ReplyBody(
      String clientId, String text, List<String> cc, List<String> attachments, Boolean quote) {}

  @EJB EmailDesk desk;

  @EJB AccountService accounts;

  @Inject ConversationAccess access;

  @Context SecurityContext security;

  private String me() {
    return security.getUserPrincipal().getName();
  }

  @GET
  @Path("/{contactId}")
  @Operation(summary = "The thread: ticket, subject, messages (HTML sanitized, remote blocked)")
  @APIResponse(responseCode = "403", description = "Not a contact of yours")
  @APIResponse(responseCode = "404", description = "Not an e-mail thread")
  public EmailThreadView thread(@PathParam("contactId") String contactId) {
    access.checkRead(me(), security.isUserInRole(Role.SUPERVISOR_NAME), ContactId.of(contactId));
    return desk.view(contactId).orElseThrow(() -> new NotFoundException("no e-mail thread"));
  }

  @GET
  @Path("/{contactId}/messages/{seq}/html")
  @Operation(
      summary = "One message's HTML, sanitized; with remote=true its remote images too",
      description = "Only when the agent asks for that message: remote loads tell the sender.")
  @APIResponse(responseCode = "404", description = "No such message, or it has no HTML")
  public EmailThreadView.Html html(
      @PathParam("contactId") String contactId,
      @PathParam("seq") long seq,
      @QueryParam("remote") boolean remote) {
    access.checkRead(me(), security.isUserInRole(Role.SUPERVISOR_NAME), ContactId.of(contactId));
    return desk.html(contactId, seq, remote).orElseThrow(() -> new NotFoundException("no HTML"));
  }

  @POST
  @Path("/{contactId}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.AGENT_NAME)
  @Operation(
      summary = "Reply to the customer",
      description =
          "Body {clientId, text, cc[], attachments[] (ids uploaded to the conversation), quote}."
              + " Queued in the outbox and shown in the thread at once (delivery QUEUED); the same"
              + " clientId again answers the first.")
  @APIResponse(responseCode = "201", description = "Queued")
  @APIResponse(responseCode = "400", description = "No text, a bad Cc address, an unknown file")
  @APIResponse(responseCode = "403", description = "Not the agent handling the contact")
  public Response reply(@PathParam("contactId") String contactId, ReplyBody body) {
    if (body == null || body.clientId() == null || body.clientId().isBlank()) {
      throw new IllegalArgumentException("clientId required");
    }
    if (body.text() == null || body.text().isBlank()) {
      throw new IllegalArgumentException("the reply has no text");
    }
    if (access.checkWrite(me(), ContactId.of(contactId)).role() != AuthorRole.AGENT) {
      throw new ForbiddenException("only the agent handling the contact replies");
    }
    String name = accounts.findByUsername(me()).map(Account::displayName).orElse(me());
    EmailThreadView.Message queued =
        desk.reply(
            contactId,
            me(),
            name,
            new Reply(
                body.clientId(),
                body.text(),
                body.cc() == null ? List.of() : body.cc(),
                body.attachments() == null ? List.of() : body.attachments(),
                body.quote() == null || body.quote()));
    return Response.status(Response.Status.CREATED).entity(queued).build();
  }
}
