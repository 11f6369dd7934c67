package dev.parley.web.platform.security;

import static dev.parley.web.platform.security.AccessDecision.Outcome.ALLOW;
import static dev.parley.web.platform.security.AccessDecision.Outcome.FORBIDDEN;
import static dev.parley.web.platform.security.AccessDecision.Outcome.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessDecisionTest {

  private static final Principal ALICE = () -> "alice";

  @RolesAllowed("admin")
  static class AdminResource {
    public void list() {}

    @RolesAllowed({"agent", "supervisor"})
    public void narrowed() {}

    @PermitAll
    public void open() {}

    @DenyAll
    public void closed() {}
  }

  static class UndeclaredResource {
    public void forgotten() {}
  }

  @Test
  void anonymousCallersOfAGuardedMethodAreUnauthenticated() {
    assertThat(decide(AdminResource.class, "list", null)).isEqualTo(UNAUTHENTICATED);
  }

  @Test
  void callersWithoutTheClassRoleAreForbidden() {
    assertThat(decide(AdminResource.class, "list", ALICE, "agent")).isEqualTo(FORBIDDEN);
    assertThat(decide(AdminResource.class, "list", ALICE, "admin")).isEqualTo(ALLOW);
  }

  @Test
  void methodAnnotationsWinOverTheClass() {
    assertThat(decide(AdminResource.class, "narrowed", ALICE, "admin")).isEqualTo(FORBIDDEN);
    assertThat(decide(AdminResource.class, "narrowed", ALICE, "supervisor")).isEqualTo(ALLOW);
    assertThat(decide(AdminResource.class, "open", null)).isEqualTo(ALLOW);
    assertThat(decide(AdminResource.class, "closed", ALICE, "admin")).isEqualTo(FORBIDDEN);
  }

  @Test
  void anUndeclaredMethodIsDeniedEvenToAdmins() {
    assertThat(decide(UndeclaredResource.class, "forgotten", ALICE, "admin")).isEqualTo(FORBIDDEN);
    assertThat(decide(UndeclaredResource.class, "forgotten", null)).isEqualTo(UNAUTHENTICATED);
  }

  private static AccessDecision.Outcome decide(
      Class<?> type, String method, Principal caller, String... roles) {
    try {
      Method m = type.getMethod(method);
      return AccessDecision.decide(m, type, caller, Set.of(roles)::contains);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
