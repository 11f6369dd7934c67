package dev.parley.web.platform.spa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaFallbackFilterTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /agent, true",
    "GET, /admin/users, true",
    "GET, /login, true",
    "GET, /, false",
    "GET, /main-ABC123.js, false",
    "GET, /api/auth/me, false",
    "GET, /api, false",
    "GET, /ws/agent, false",
    "GET, /health/ready, false",
    "GET, /openapi, false",
    "POST, /agent, false"
  })
  void forwardsOnlyClientRoutes(String method, String path, boolean forwarded) {
    assertThat(SpaFallbackFilter.isClientRoute(method, path)).isEqualTo(forwarded);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"text/html,application/xhtml+xml | true", "application/json | false", "*/* | false"})
  void onlyBrowserNavigationsAskForHtml(String accept, boolean html) {
    assertThat(SpaFallbackFilter.acceptsHtml(accept)).isEqualTo(html);
  }
}
