package dev.parley.web.admin.rest;

import dev.parley.account.Role;
import dev.parley.email.MailRoute;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which queue mail to each support address goes to (docs/email.md): rules for an address, a domain
 * ({@code @example.com}) or {@code *} (the default queue). Without any rule, mail goes to the first
 * queue (by name) serving EMAIL.
 */
@ApplicationScoped
@Path("/admin/email/routes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "admin", description = "Reference data")
public class EmailRouteResource {

  @EJB MailStore mail;

  @GET
  @Operation(summary = "The address rules, by address")
  public List<MailRoute> routes() {
    return mail.routes();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace every address rule",
      description =
          "Body: [{address, queue}]; address is support@example.com, @example.com or *. Each"
              + " queue must exist and serve EMAIL; an address may appear once.")
  @APIResponse(responseCode = "200", description = "The rules now")
  @APIResponse(responseCode = "400", description = "A rule is invalid; nothing changed")
  public List<MailRoute> replace(List<MailRoute> routes) {
    if (routes == null) {
      throw new IllegalArgumentException("a list of rules is required");
    }
    return mail.replaceRoutes(routes);
  }
}
