package dev.parley.web.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Decides whether a caller may invoke a resource method. Method annotations win over class
 * annotations; a method with neither is denied, so forgetting to declare roles fails closed.
 */
public final class AccessDecision {

  /** The outcome, mapped to HTTP 2xx (proceed), 401 and 403 by {@link AccessControlFilter}. */
  public enum Outcome {
    ALLOW,
    UNAUTHENTICATED,
    FORBIDDEN
  }

  private AccessDecision() {}

  public static Outcome decide(
      Method method, Class<?> resourceClass, Principal caller, Predicate<String> inRole) {
    AnnotatedElement declaring = declaringElement(method, resourceClass);
    if (declaring == null || declaring.isAnnotationPresent(DenyAll.class)) {
      return caller == null ? Outcome.UNAUTHENTICATED : Outcome.FORBIDDEN;
    }
    if (declaring.isAnnotationPresent(PermitAll.class)) {
      return Outcome.ALLOW;
    }
    if (caller == null) {
      return Outcome.UNAUTHENTICATED;
    }
    String[] roles = declaring.getAnnotation(RolesAllowed.class).value();
    return Arrays.stream(roles).anyMatch(inRole) ? Outcome.ALLOW : Outcome.FORBIDDEN;
  }

  private static AnnotatedElement declaringElement(Method method, Class<?> resourceClass) {
    if (declares(method)) {
      return method;
    }
    if (resourceClass != null && declares(resourceClass)) {
      return resourceClass;
    }
    return null;
  }

  private static boolean declares(AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }
}
