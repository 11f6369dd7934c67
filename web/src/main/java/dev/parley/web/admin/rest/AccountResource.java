package dev.parley.web.admin.rest;

import dev.parley.account.Account;
import dev.parley.account.AccountAlreadyExistsException;
import dev.parley.account.AccountService;
import dev.parley.account.NewAccount;
import dev.parley.account.Role;
import dev.parley.web.platform.error.Errors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of agents, supervisors and administrators. */
@ApplicationScoped
@Path("/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "accounts", description = "User accounts (admin)")
public class AccountResource {

  /** JSON form of an account; never includes the password hash. */
  public record AccountView(
      long id, String username, String displayName, List<String> roles, boolean enabled) {
    static AccountView of(Account a) {
      return new AccountView(
          a.id().value(),
          a.username(),
          a.displayName(),
          a.roles().stream().map(Role::roleName).sorted().toList(),
          a.enabled());
    }
  }

  /** What an admin posts to create an account. */
  public record CreateAccount(
      String username, String displayName, String password, List<String> roles) {
    NewAccount toNewAccount() {
      Set<Role> parsed = new LinkedHashSet<>();
      if (roles != null) {
        roles.forEach(r -> parsed.add(Role.fromName(r)));
      }
      return new NewAccount(username, displayName, password, parsed);
    }

    @Override
    public String toString() {
      return "CreateAccount[username=" + username + ", roles=" + roles + "]";
    }
  }

  @EJB AccountService accounts;

  @GET
  @Operation(summary = "List all accounts")
  public List<AccountView> list() {
    return accounts.list().stream().map(AccountView::of).toList();
  }

  @GET
  @Path("/{username}")
  @Operation(summary = "One account by username")
  @APIResponse(responseCode = "404", description = "No such account")
  public Response get(@PathParam("username") String username) {
    return accounts
        .findByUsername(username)
        .map(a -> Response.ok(AccountView.of(a)).build())
        .orElseGet(
            () ->
                Errors.of(Response.Status.NOT_FOUND, "no account named '%s'".formatted(username)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account; the password is stored only as a bcrypt hash")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(
      responseCode = "400",
      description = "Invalid username, password, display name or roles")
  @APIResponse(responseCode = "409", description = "Username taken")
  public Response create(CreateAccount body) {
    if (body == null) {
      return Errors.of(Response.Status.BAD_REQUEST, "request body required");
    }
    try {
      Account created = accounts.create(body.toNewAccount());
      return Response.created(
              UriBuilder.fromResource(AccountResource.class).path(created.username()).build())
          .entity(AccountView.of(created))
          .build();
    } catch (AccountAlreadyExistsException e) {
      return Errors.of(Response.Status.CONFLICT, e.getMessage());
    }
  }
}
