package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contact handed over with an {@code origin} (the outside item it is made from: a stored mail, a
 * voicemail) is made once, however often and however concurrently a channel hands it over again (a
 * retry after a failure or a crash); other origins make their own contacts.
 */
@ExtendWith(SharedServer.class)
class ContactOriginIT {

  @Test
  void theSameOriginMakesOneContactEvenWhenHandedOverConcurrently(ParleyServer server)
      throws Exception {
    RoutingSetup setup = new RoutingSetup(server.baseUri());
    ApiClient admin = setup.admin();
    String queue = setup.queue();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String customer = "origin-" + unique + "@example.com";
    String body = "{\"channel\":\"CHAT\",\"queue\":\"%s\",\"customer\":\"%s\",\"origin\":\"%s\"}";

    List<String> ids;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<ApiClient.Reply>> posts =
          java.util.stream.IntStream.range(0, 16)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              admin.post(
                                  "api/contacts",
                                  body.formatted(queue, customer, "mail:" + unique)),
                          pool))
              .toList();
      ids =
          posts.stream()
              .map(CompletableFuture::join)
              .peek(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
              .map(r -> r.json().getString("id"))
              .distinct()
              .toList();
    } finally {
      pool.shutdown();
    }
    assertThat(ids).as("one contact for sixteen hand-overs of one origin").hasSize(1);

    var other = admin.post("api/contacts", body.formatted(queue, customer, "mail:" + unique + "b"));
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    assertThat(other.json().getString("id")).isNotEqualTo(ids.get(0));
    var plain =
        admin.post(
            "api/contacts",
            "{\"channel\":\"CHAT\",\"queue\":\"%s\",\"customer\":\"%s\"}"
                .formatted(queue, customer));
    assertThat(plain.status()).as(plain.body()).isEqualTo(201);

    var history =
        admin.get(
            "api/customers/" + URLEncoder.encode(customer, StandardCharsets.UTF_8) + "/contacts");
    assertThat(history.jsonArray().getValuesAs(JsonObject.class))
        .as("the customer's contacts: one per origin, and the one without")
        .hasSize(3);
  }
}
