package dev.parley.web.agent.rest;

import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.conversation.ConsultRequest;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ExpertRequest;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.web.platform.delivery.ChatSignals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moving a contact on and getting help (docs/chat-protocol.md): transfer to a queue or a colleague
 * with a note for the next agent, pull in an expert by skill or by name (visibly or privately), and
 * what the dialogs need — the colleagues with their live presence and skills, the queues.
 */
@ApplicationScoped
@Path("/agent")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AGENT_NAME)
@Tag(name = "agent", description = "The agent's own presence, offers and contacts")
public class ChatActionResource {

  /** Body of a transfer: a queue or an agent, and a note for whoever takes it next. */
  public record TransferRequest(String queue, String agent, String note) {}

  /** Body of a consult: a skill (with a minimum level) or an agent; private or not; a note. */
  public record ConsultBody(
      String skill, Integer minLevel, String agent, boolean privately, String note) {}

  /** The consult segment routing made. */
  public record ConsultCreated(String consultId) {}

  /** A colleague as the directory shows them. */
  public record Colleague(
      String username,
      String displayName,
      String presence,
      String breakReason,
      boolean connected,
      List<String> skills) {}

  /** A queue to transfer to. */
  public record QueueChoice(String name, List<String> channels) {}

  @EJB RoutingService routing;

  @EJB RoutingAdmin admin;

  @EJB Conversations conversations;

  @EJB AccountService accounts;

  @Inject ChatSignals signals;

  @Context SecurityContext security;

  private final Clock clock = Clock.systemUTC();

  private String me() {
    return security.getUserPrincipal().getName();
  }

  @POST
  @Path("/contacts/{contactId}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Transfer your ACTIVE contact to a queue or a colleague, with a note")
  @APIResponse(responseCode = "400", description = "Neither or both of queue and agent")
  @APIResponse(responseCode = "403", description = "Not your contact")
  @APIResponse(responseCode = "409", description = "Not ACTIVE, colleague cannot take it")
  public AgentState transfer(@PathParam("contactId") String contactId, TransferRequest body) {
    if (body == null || (blank(body.queue()) == blank(body.agent()))) {
      throw new IllegalArgumentException("name either a queue or an agent");
    }
    if (body.note() != null && body.note().length() > 1000) {
      throw new IllegalArgumentException("the note is at most 1000 characters");
    }
    ContactId contact = ContactId.of(contactId);
    AgentId me = AgentId.of(me());
    String target;
    AgentState state;
    if (!blank(body.queue())) {
      state = routing.transferToQueue(me, contact, QueueId.of(body.queue().strip()));
      target = "the queue " + body.queue().strip();
    } else {
      AgentId colleague = AgentId.of(body.agent().strip());
      state = routing.transferToAgent(me, contact, colleague);
      target = signals.displayName(colleague.value());
    }
    if (conversations.find(contact).isPresent()) {
      String name = signals.displayName(me());
      if (!blank(body.note())) {
        conversations.post(
            contact,
            NewMessage.event(
                "Transfer note from " + name + ": " + body.note().strip(), Visibility.AGENTS));
      }
      conversations.post(
          contact,
          NewMessage.event(
              name + " transferred the " + noun(contact) + " to " + target + ".", Visibility.ALL));
      conversations.leave(contact, me);
    }
    return state;
  }

  @POST
  @Path("/contacts/{contactId}/consult")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pull in an expert by skill or by name, visibly or privately")
  @APIResponse(responseCode = "201", description = "Routed: the expert gets an offer")
  @APIResponse(responseCode = "400", description = "Neither or both of skill and agent")
  @APIResponse(responseCode = "403", description = "Not your contact")
  @APIResponse(responseCode = "409", description = "Not ACTIVE, colleague not logged in")
  public Response consult(@PathParam("contactId") String contactId, ConsultBody body) {
    if (body == null || blank(body.skill()) == blank(body.agent())) {
      throw new IllegalArgumentException("name either a skill or an agent");
    }
    if (body.note() != null && body.note().length() > 1000) {
      throw new IllegalArgumentException("the note is at most 1000 characters");
    }
    ExpertRequest expert =
        blank(body.agent())
            ? ExpertRequest.bySkill(
                body.skill().strip(), body.minLevel() == null ? 1 : body.minLevel())
            : ExpertRequest.named(AgentId.of(body.agent().strip()));
    ContactId contact = ContactId.of(contactId);
    ContactId consult = routing.consult(AgentId.of(me()), contact, expert);
    if (conversations.find(contact).isPresent()) {
      String note = blank(body.note()) ? null : body.note().strip();
      conversations.requestConsult(
          new ConsultRequest(
              consult, contact, AgentId.of(me()), body.privately(), note, clock.instant()));
      String whom =
          blank(body.agent())
              ? "an expert in " + body.skill().strip()
              : signals.displayName(body.agent().strip());
      conversations.post(
          contact,
          NewMessage.event(
              signals.displayName(me())
                  + " asked "
                  + whom
                  + (body.privately() ? " for a private consult" : " to join")
                  + (note == null ? "." : ": " + note),
              Visibility.AGENTS));
    }
    return Response.status(Response.Status.CREATED)
        .entity(new ConsultCreated(consult.value()))
        .build();
  }

  @GET
  @Path("/directory")
  @Operation(summary = "Colleagues with their live presence and skills")
  public List<Colleague> directory() {
    Map<String, LiveStatus.AgentStatus> live =
        routing.agentStatus().stream()
            .collect(Collectors.toMap(LiveStatus.AgentStatus::username, Function.identity()));
    return accounts.list().stream()
        .filter(a -> a.enabled() && a.hasRole(Role.AGENT) && !a.username().equals(me()))
        .map(
            a -> {
              LiveStatus.AgentStatus s = live.get(a.username());
              List<String> skills =
                  admin
                      .find(ReferenceKind.AGENT_PROFILE, a.username())
                      .map(p -> p.skills().keySet().stream().sorted().toList())
                      .orElse(List.of());
              return new Colleague(
                  a.username(),
                  a.displayName(),
                  s == null ? "OFFLINE" : s.presence().name(),
                  s == null ? null : s.breakReason(),
                  s != null && s.connected(),
                  skills);
            })
        .toList();
  }

  @GET
  @Path("/queues")
  @Operation(summary = "The queues a contact can be transferred to")
  public List<QueueChoice> queues() {
    return admin.list(ReferenceKind.QUEUE).stream()
        .map(q -> new QueueChoice(q.name(), q.channels()))
        .toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** What customers call this contact: a call or a chat. */
  private String noun(ContactId contact) {
    return routing.contact(contact).map(d -> d.contact().channel().isLiveCall()).orElse(false)
        ? "call"
        : "chat";
  }
}
