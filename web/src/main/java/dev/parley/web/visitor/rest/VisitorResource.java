package dev.parley.web.visitor.rest;

import dev.parley.chat.ChatRefusedException;
import dev.parley.chat.EntryPoints;
import dev.parley.chat.VisitorChat;
import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.StoredAttachment;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.VisitorId;
import dev.parley.web.platform.delivery.Attachments;
import dev.parley.web.platform.delivery.WireMessage;
import dev.parley.web.platform.error.ErrorBody;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The visitor widget's REST side (docs/chat-protocol.md): an entry point's configuration, and
 * attachments of the visitor's own conversations, authorised by the visitor's signed token ({@code
 * Authorization: Bearer <token>}). CORS is answered by {@link VisitorCorsFilter}.
 */
@ApplicationScoped
@Path("/visitor")
@PermitAll
@Tag(name = "visitor", description = "What the website widget reads and uploads")
public class VisitorResource {

  @EJB EntryPoints entryPoints;

  @EJB VisitorChat chat;

  @GET
  @Path("/entry-points/{name}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The widget's configuration of an entry point")
  @APIResponse(responseCode = "403", description = "The page's Origin is not allowed")
  @APIResponse(responseCode = "404", description = "No such entry point")
  public WidgetConfig entryPoint(
      @PathParam("name") String name, @HeaderParam("Origin") String origin) {
    var definition =
        entryPoints
            .find(name)
            .orElseThrow(() -> failure(Response.Status.NOT_FOUND, "no entry point " + name));
    if (origin != null && !entryPoints.allows(name, origin)) {
      throw failure(
          Response.Status.FORBIDDEN,
          "origin " + origin + " is not allowed for entry point " + name);
    }
    return WidgetConfig.of(definition, entryPoints.channels(definition));
  }

  @POST
  @Path("/conversations/{conversationId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload a file (PNG, JPEG, GIF, WebP, PDF) to your conversation")
  @APIResponse(responseCode = "201", description = "Stored; send it with a message")
  @APIResponse(responseCode = "401", description = "No valid visitor token")
  @APIResponse(responseCode = "404", description = "Not your conversation")
  @APIResponse(responseCode = "413", description = "Larger than the entry point allows")
  @APIResponse(responseCode = "415", description = "Not an accepted type (by content)")
  public Response upload(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("conversationId") String conversationId,
      @QueryParam("name") String name,
      InputStream body) {
    VisitorId visitor = visitor(authorization);
    String fileName = name == null || name.isBlank() ? "file" : name;
    if (fileName.length() > 200) {
      throw failure(Response.Status.BAD_REQUEST, "the file name is longer than 200 characters");
    }
    try {
      AttachmentRef stored = chat.attach(visitor, ContactId.of(conversationId), fileName, body);
      return Response.status(Response.Status.CREATED)
          .entity(WireMessage.attachment(stored))
          .build();
    } catch (ChatRefusedException e) {
      throw failure(
          e.code() == ChatRefusedException.Code.NOT_FOUND
              ? Response.Status.NOT_FOUND
              : Response.Status.CONFLICT,
          e.getMessage());
    }
  }

  @GET
  @Path("/attachments/{id}")
  @Operation(summary = "Download a file of your conversation")
  @APIResponse(responseCode = "401", description = "No valid visitor token")
  @APIResponse(responseCode = "404", description = "No such file in your conversations")
  public Response download(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
    VisitorId visitor = visitor(authorization);
    StoredAttachment a =
        chat.attachment(visitor, AttachmentId.of(id))
            .orElseThrow(() -> failure(Response.Status.NOT_FOUND, "no such attachment"));
    return Attachments.download(a);
  }

  private VisitorId visitor(String authorization) {
    return visitor(chat, authorization);
  }

  /** The visitor whose signed token the {@code Authorization: Bearer} header carries, else 401. */
  static VisitorId visitor(VisitorChat chat, String authorization) {
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).strip()
            : null;
    return chat.verify(token)
        .orElseThrow(
            () -> failure(Response.Status.UNAUTHORIZED, "a valid visitor token is required"));
  }

  static WebApplicationException failure(Response.Status status, String message) {
    return new WebApplicationException(
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(new ErrorBody(message))
            .build());
  }
}
