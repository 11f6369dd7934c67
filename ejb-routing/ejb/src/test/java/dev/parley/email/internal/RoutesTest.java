package dev.parley.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {

  private final Map<String, String> rules =
      Map.of(
          "sales@example.com", "Sales",
          "@example.com", "Support",
          "*", "General");

  @Test
  void theFirstRecipientWithARuleWinsAddressBeforeDomain() {
    assertThat(Routes.choose(rules, List.of("<SALES@Example.com>", "help@example.com")))
        .contains(Map.entry("sales@example.com", "Sales"));
    assertThat(Routes.choose(rules, List.of("other@elsewhere.org", "help@example.com")))
        .contains(Map.entry("help@example.com", "Support"));
  }

  @Test
  void otherwiseTheDefaultRuleAndWithoutOneNothing() {
    assertThat(Routes.choose(rules, List.of("x@elsewhere.org")))
        .contains(Map.entry("x@elsewhere.org", "General"));
    assertThat(Routes.choose(Map.of("@example.com", "Support"), List.of("x@elsewhere.org")))
        .isEmpty();
    assertThat(Routes.choose(rules, List.of())).contains(Map.entry("", "General"));
  }
}
