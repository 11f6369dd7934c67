package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Author;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.delivery.Attachments;
import dev.parley.web.platform.delivery.ChatSignals;
import dev.parley.web.platform.delivery.WireMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversations for agents and supervisors (docs/chat-protocol.md): read the messages (after a seq,
 * to resume), write messages and internal notes, tell the customer what was read, upload and
 * download attachments. Who may do what is {@link ConversationAccess}.
 */
@ApplicationScoped
@Path("/agent")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "conversations", description = "Messages of chat (and later e-mail, SMS) contacts")
public class ConversationResource {

  /** Body of a new message. */
  public record NewChatMessage(
      String clientId, String kind, String text, List<String> attachments) {}

  /** Body of a read receipt. */
  public record ReadUpTo(long seq) {}

  /** A conversation's facts for the workstation. */
  public record ConversationView(
      String id,
      Visitor visitor,
      String entryPoint,
      String option,
      Instant openedAt,
      Instant endedAt,
      Integer rating,
      String ratingComment,
      String transcriptEmail,
      long lastSeq) {}

  /** What the visitor told before the chat. */
  public record Visitor(String id, String name, String email) {}

  @EJB Conversations conversations;

  @Inject ConversationAccess access;

  @Inject ChatSignals signals;

  @Context SecurityContext security;

  private String me() {
    return security.getUserPrincipal().getName();
  }

  private boolean supervisor() {
    return security.isUserInRole(Role.SUPERVISOR_NAME);
  }

  @GET
  @Path("/conversations/{id}")
  @Operation(summary = "A conversation's facts: visitor, entry point, rating")
  @APIResponse(responseCode = "403", description = "Not a conversation of yours")
  public ConversationView conversation(@PathParam("id") String id) {
    ContactId c = ContactId.of(id);
    access.checkRead(me(), supervisor(), c);
    ConversationInfo i = conversations.find(c).orElseThrow(NotFoundException::new);
    return new ConversationView(
        i.id().value(),
        new Visitor(i.customer().value(), i.customerName(), i.customerEmail()),
        i.entryPoint(),
        i.option(),
        i.openedAt(),
        i.endedAt(),
        i.rating(),
        i.ratingComment(),
        i.transcriptEmail(),
        i.lastSeq());
  }

  @GET
  @Path("/conversations/{id}/messages")
  @Operation(summary = "Messages after a seq, in order (internal notes included)")
  @APIResponse(responseCode = "403", description = "Not a conversation of yours")
  public List<WireMessage> messages(@PathParam("id") String id, @QueryParam("after") long after) {
    ContactId c = ContactId.of(id);
    access.checkRead(me(), supervisor(), c);
    return conversations.messages(c, Math.max(0, after), false, 1000).stream()
        .map(WireMessage::of)
        .toList();
  }

  @POST
  @Path("/conversations/{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.AGENT_NAME)
  @Operation(summary = "Write a message (TEXT) or an internal note (NOTE)")
  @APIResponse(responseCode = "201", description = "Stored (or stored before under the clientId)")
  @APIResponse(responseCode = "400", description = "Empty, too long, unknown kind")
  @APIResponse(responseCode = "403", description = "You do not take part")
  public Response post(@PathParam("id") String id, NewChatMessage body) {
    if (body == null || body.clientId() == null || body.clientId().isBlank()) {
      throw new IllegalArgumentException("clientId is required");
    }
    MessageKind kind =
        body.kind() == null ? MessageKind.TEXT : MessageKind.valueOf(upper(body.kind()));
    if (kind == MessageKind.EVENT) {
      throw new IllegalArgumentException("kind is TEXT or NOTE");
    }
    String text = body.text() == null ? "" : body.text();
    if (text.length() > Conversations.MAX_TEXT) {
      throw new IllegalArgumentException(
          "a message is at most " + Conversations.MAX_TEXT + " characters");
    }
    ContactId c = ContactId.of(id);
    ConversationAccess.Writer writer = access.checkWrite(me(), c);
    Visibility visibility = kind == MessageKind.NOTE ? Visibility.AGENTS : writer.visibility();
    Message stored =
        conversations.post(
            c,
            new NewMessage(
                body.clientId(),
                new Author(writer.role(), me(), signals.displayName(me())),
                kind,
                visibility,
                text,
                body.attachments() == null
                    ? List.of()
                    : body.attachments().stream().map(AttachmentId::of).toList()));
    return Response.status(Response.Status.CREATED).entity(WireMessage.of(stored)).build();
  }

  private static String upper(String s) {
    String u = s.strip().toUpperCase(java.util.Locale.ROOT);
    if (!u.equals("TEXT") && !u.equals("NOTE") && !u.equals("EVENT")) {
      throw new IllegalArgumentException("kind is TEXT or NOTE");
    }
    return u;
  }

  @POST
  @Path("/conversations/{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.AGENT_NAME)
  @Operation(summary = "You have read the customer's messages up to seq")
  @APIResponse(responseCode = "204", description = "Told to the customer")
  public Response read(@PathParam("id") String id, ReadUpTo body) {
    if (body == null || !signals.agentRead(me(), ContactId.of(id), body.seq())) {
      throw new jakarta.ws.rs.ForbiddenException("you do not take part in this conversation");
    }
    return Response.noContent().build();
  }

  @POST
  @Path("/conversations/{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.AGENT_NAME)
  @Operation(summary = "Upload a file (PNG, JPEG, GIF, WebP, PDF); send it with a message")
  @APIResponse(responseCode = "413", description = "Too large")
  @APIResponse(responseCode = "415", description = "Not an accepted type (by content)")
  public Response upload(
      @PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
    ContactId c = ContactId.of(id);
    access.checkWrite(me(), c);
    String fileName = name == null || name.isBlank() ? "file" : name;
    if (fileName.length() > 200) {
      throw new IllegalArgumentException("the file name is longer than 200 characters");
    }
    // too large or of another type: AttachmentRefusedMapper answers 413 or 415
    AttachmentRef stored = conversations.attach(c, fileName, body, MAX_AGENT_UPLOAD, me());
    return Response.status(Response.Status.CREATED).entity(WireMessage.attachment(stored)).build();
  }

  /** Agents' uploads: 10 MB. */
  static final long MAX_AGENT_UPLOAD = 10L * 1024 * 1024;

  @GET
  @Path("/attachments/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a file of a conversation you may read")
  public Response download(@PathParam("id") String id) {
    var a =
        conversations
            .attachment(AttachmentId.of(id))
            .orElseThrow(() -> new NotFoundException("no such attachment"));
    access.checkRead(me(), supervisor(), a.conversation());
    return Attachments.download(a);
  }
}
