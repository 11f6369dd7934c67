package dev.parley.web.routing.rest;

import dev.parley.account.Role;
import dev.parley.routing.customer.CustomerId;
import dev.parley.routing.service.ContactView;
import dev.parley.routing.service.RoutingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's history across every channel. */
@ApplicationScoped
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customers", description = "Customers' contact history")
public class CustomerResource {

  @EJB RoutingService routing;

  @GET
  @Path("/{customer}/contacts")
  @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every contact of the customer on every channel, newest first (at most 500)")
  public List<ContactView> history(@PathParam("customer") String customer) {
    return routing.customerHistory(CustomerId.of(customer));
  }
}
