package dev.parley.web.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.web.platform.security.AccessDecision;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing reference data is for administrators only, on every operation of every resource. */
class RoutingAdminAccessTest {
  private static final Principal BOB = () -> "bob";

  private static List<Method> operations(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(
            m ->
                m.isAnnotationPresent(GET.class)
                    || m.isAnnotationPresent(POST.class)
                    || m.isAnnotationPresent(PUT.class)
                    || m.isAnnotationPresent(DELETE.class))
        .toList();
  }

  @Test
  void everyAdminOperationAdmitsAdminsAndRefusesAgentsAndSupervisors() {
    for (Class<?> resource :
        List.of(
            RoutingAdminResource.class,
            SkillCatalogueResource.class,
            BusinessHoursResource.class)) {
      List<Method> ops = operations(resource);
      assertThat(ops).as(resource.getSimpleName()).isNotEmpty();
      for (Method m : ops) {
        assertThat(AccessDecision.decide(m, resource, BOB, "admin"::equals))
            .as(resource.getSimpleName() + "." + m.getName())
            .isEqualTo(AccessDecision.Outcome.ALLOW);
        assertThat(
                AccessDecision.decide(
                    m, resource, BOB, r -> r.equals("agent") || r.equals("supervisor")))
            .as(resource.getSimpleName() + "." + m.getName())
            .isEqualTo(AccessDecision.Outcome.FORBIDDEN);
      }
    }
  }

  @Test
  void deletionsAreOffered() {
    assertThat(operations(RoutingAdminResource.class))
        .anyMatch(m -> m.isAnnotationPresent(DELETE.class));
    assertThat(operations(SkillCatalogueResource.class))
        .anyMatch(m -> m.isAnnotationPresent(DELETE.class));
    assertThat(operations(BusinessHoursResource.class))
        .anyMatch(m -> m.isAnnotationPresent(DELETE.class));
  }
}
