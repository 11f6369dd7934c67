package dev.parley.web.agent.rest;

import dev.parley.account.Role;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.CustomerView;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's history across every channel, and the links that make several identities (an e-mail
 * address, a phone number, a visitor id) one customer. {@code {customer}} is any of the customer's
 * identities as a channel gives it (URL-encoded).
 */
@ApplicationScoped
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "customers",
    description = "Customers: identities linked across channels and their contact history")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CustomerResource {

  /** Body of a link request. */
  public record LinkRequest(String identity) {}

  @EJB RoutingService routing;

  @EJB CustomerDirectory customers;

  @GET
  @Path("/{customer}/contacts")
  @Operation(
      summary = "Every contact of the customer on every channel, newest first (at most 500)",
      description = "The contacts of every identity linked to the customer.")
  public List<ContactView> history(@PathParam("customer") String customer) {
    return routing.customerHistory(CustomerId.of(customer));
  }

  @GET
  @Path("/{customer}")
  @Operation(summary = "The customer an identity belongs to, with all its identities")
  public CustomerView customer(@PathParam("customer") String customer) {
    return customers.customer(customer);
  }

  @POST
  @Path("/{customer}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Link another identity to the customer",
      description =
          "Body {identity}. If that identity belonged to another customer, all of that customer's"
              + " identities join this one: their histories become one.")
  @APIResponse(responseCode = "200", description = "The customer with its identities")
  @APIResponse(
      responseCode = "400",
      description = "Missing, blank or over-long identity, or the same identity")
  public Response link(@PathParam("customer") String customer, LinkRequest body) {
    if (body == null || body.identity() == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "identity required");
    }
    return Response.ok(customers.link(customer, body.identity())).build();
  }

  @DELETE
  @Path("/{customer}/links/{identity}")
  @Operation(summary = "Take an identity out of the customer; it is a customer of its own again")
  @APIResponse(responseCode = "200", description = "The customer with the identities left")
  @APIResponse(responseCode = "404", description = "The identity is not linked to this customer")
  public CustomerView unlink(
      @PathParam("customer") String customer, @PathParam("identity") String identity) {
    return customers.unlink(customer, identity);
  }
}
