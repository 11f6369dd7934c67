package dev.parley.it.routing;

import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box: the routing reference data admin over real HTTP — skills catalogue, business-hours
 * calendars, complete queue definitions, live agent profile changes and queue deletion — and that
 * only admins may use it. Every test makes its own names.
 */
@ExtendWith(SharedServer.class)
class ReferenceDataAdminIT {

  private ParleyServer server;
  private RoutingSetup setup;
  private ApiClient admin;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
    this.setup = new RoutingSetup(server.baseUri());
    this.admin = setup.admin();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Open all week, but yesterday, today and tomorrow (UTC) are holidays: closed now. */
  private static String calendar(String name, boolean holidaysNow) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    StringBuilder windows = new StringBuilder();
    for (String day :
        new String[] {
          "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
        }) {
      windows
          .append(windows.isEmpty() ? "" : ",")
          .append("{\"day\":\"%s\",\"from\":\"00:00\",\"to\":\"24:00\"}".formatted(day));
    }
    String holidays =
        holidaysNow
            ? "\"%s\",\"%s\",\"%s\"".formatted(today.minusDays(1), today, today.plusDays(1))
            : "";
    return "{\"name\":\"%s\",\"timeZone\":\"UTC\",\"windows\":[%s],\"holidays\":[%s]}"
        .formatted(name, windows, holidays);
  }

  private static String queueJson(String name, String skill, String rules) {
    return """
        {"name":"%s","channels":["CHAT"],"priority":0,"strategy":"LONGEST_IDLE","offerTimeoutSeconds":600,
         "wrapUpSeconds":0,"dispositionCodes":[],"dispositionRequired":false,
         "requiredSkills":[{"skill":"%s","minLevel":3}],"serviceLevelSeconds":20,"serviceLevelPercent":80%s}
        """
        .formatted(name, skill, rules);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void
      aQueueUsingCatalogueSkillsAndACalendarIsStoredCompleteAndAppliesItsAfterHoursActionWhileClosed() {
    String language = unique("Lang");
    var skill =
        admin.post(
            "api/admin/skills", "{\"name\":\" %s \",\"kind\":\"language\"}".formatted(language));
    assertThat(skill.status()).as(skill.body()).isEqualTo(201);
    String skillName = language.toLowerCase();
    assertThat(skill.json().getString("name")).isEqualTo(skillName);
    assertThat(skill.json().getString("kind")).isEqualTo("LANGUAGE");
    assertThat(admin.post("api/admin/skills", "{\"name\":\"%s\"}".formatted(skillName)).status())
        .isEqualTo(409);
    assertThat(admin.get("api/admin/skills").body()).contains("\"" + skillName + "\"");

    String cal = unique("cal");
    var created = admin.post("api/admin/business-hours", calendar(cal, true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getJsonArray("windows")).hasSize(7);
    assertThat(created.json().getJsonArray("holidays")).hasSize(3);

    String backup = setup.queue();
    String queue = unique("q");
    String rules =
        """
        ,"relaxation":[{"afterSeconds":90,"requiredSkills":[]},{"afterSeconds":30,"requiredSkills":[{"skill":"%s","minLevel":1}]}],
         "maxWaitSeconds":120,"overflow":{"action":"TO_QUEUE","queue":"%s"},
         "businessHours":"%s","afterHours":{"action":"END_WITH_MESSAGE","message":"We are closed"},
         "stickyWindowSeconds":600
        """
            .formatted(skillName, backup, cal);
    var saved = admin.post("api/admin/queues", queueJson(queue, skillName, rules));
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);

    JsonObject stored = admin.get("api/admin/queues/" + queue).json();
    assertThat(stored.getJsonArray("relaxation").toString())
        .isEqualTo(
            "[{\"afterSeconds\":30,\"requiredSkills\":[{\"minLevel\":1,\"skill\":\"%s\"}]},{\"afterSeconds\":90,\"requiredSkills\":[]}]"
                .formatted(skillName));
    assertThat(stored.getInt("maxWaitSeconds")).isEqualTo(120);
    assertThat(stored.getJsonObject("overflow").getString("action")).isEqualTo("TO_QUEUE");
    assertThat(stored.getJsonObject("overflow").getString("queue")).isEqualTo(backup);
    assertThat(stored.getString("businessHours")).isEqualTo(cal);
    assertThat(stored.getJsonObject("afterHours").getString("action"))
        .isEqualTo("END_WITH_MESSAGE");
    assertThat(stored.getJsonObject("afterHours").getString("message")).isEqualTo("We are closed");
    assertThat(stored.getInt("stickyWindowSeconds")).isEqualTo(600);

    var closed = setup.contact(queue, "cust-" + UUID.randomUUID());
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    assertThat(closed.json().getString("state")).isEqualTo("OVERFLOWED");
    var history =
        admin.get("api/contacts/" + closed.json().getString("id")).json().getJsonArray("history");
    assertThat(history.getValuesAs(JsonObject.class))
        .anySatisfy(
            h ->
                assertThat(h.getString("detail", ""))
                    .startsWith("AFTER_HOURS")
                    .contains("We are closed"));

    // The calendar changes: the queue opens at once, without touching the queue.
    var reopened = RoutingSetup.put(admin, "api/admin/business-hours/" + cal, calendar(cal, false));
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.json().getJsonArray("holidays")).isEmpty();
    var open = setup.contact(queue, "cust-" + UUID.randomUUID());
    assertThat(open.json().getString("state")).isEqualTo("QUEUED");

    assertThat(RoutingSetup.delete(admin, "api/admin/business-hours/" + cal).status())
        .isEqualTo(409);
    var skillInUse = RoutingSetup.delete(admin, "api/admin/skills/" + skillName);
    assertThat(skillInUse.status()).isEqualTo(409);
    assertThat(skillInUse.json().getString("error")).contains(queue);
  }

  @Test
  void invalidQueueDefinitionsAreRefusedWithAClearMessageAndNothingIsStored() {
    setup.skill("billing");
    String queue = unique("q");
    String good = queueJson(queue, "billing", "");
    assertThat(admin.post("api/admin/queues", good).status()).isEqualTo(201);
    String before = admin.get("api/admin/queues/" + queue).body();

    var unknownCalendar =
        RoutingSetup.put(
            admin,
            "api/admin/queues/" + queue,
            queueJson(
                queue,
                "billing",
                ",\"businessHours\":\"nope\",\"afterHours\":{\"action\":\"VOICEMAIL\"}"));
    var unknownOverflowQueue =
        RoutingSetup.put(
            admin,
            "api/admin/queues/" + queue,
            queueJson(
                queue,
                "billing",
                ",\"maxWaitSeconds\":60,\"overflow\":{\"action\":\"TO_QUEUE\",\"queue\":\"nope\"}"));
    var unknownSkill =
        RoutingSetup.put(admin, "api/admin/queues/" + queue, queueJson(queue, unique("nope"), ""));
    var negativeWait =
        RoutingSetup.put(
            admin,
            "api/admin/queues/" + queue,
            queueJson(
                queue, "billing", ",\"maxWaitSeconds\":-5,\"overflow\":{\"action\":\"CALLBACK\"}"));
    var waitWithoutAction =
        RoutingSetup.put(
            admin,
            "api/admin/queues/" + queue,
            queueJson(queue, "billing", ",\"maxWaitSeconds\":60"));
    var badCalendar =
        admin.post(
            "api/admin/business-hours",
            "{\"name\":\"%s\",\"timeZone\":\"Mars/Base\",\"windows\":[]}".formatted(unique("cal")));

    assertThat(unknownCalendar.status()).isEqualTo(400);
    assertThat(unknownCalendar.json().getString("error"))
        .isEqualTo("unknown business-hours calendar 'nope'");
    assertThat(unknownOverflowQueue.status()).isEqualTo(400);
    assertThat(unknownOverflowQueue.json().getString("error"))
        .isEqualTo("overflow names unknown queue 'nope'");
    assertThat(unknownSkill.status()).isEqualTo(400);
    assertThat(unknownSkill.json().getString("error"))
        .contains("unknown skill", "skills catalogue");
    assertThat(negativeWait.status()).isEqualTo(400);
    assertThat(waitWithoutAction.status()).isEqualTo(400);
    assertThat(waitWithoutAction.json().getString("error"))
        .isEqualTo("maxWaitSeconds needs an overflow action");
    assertThat(badCalendar.status()).isEqualTo(400);
    assertThat(badCalendar.json().getString("error")).contains("unknown time zone 'Mars/Base'");
    var noCodes =
        RoutingSetup.put(
            admin,
            "api/admin/queues/" + queue,
            queueJson(queue, "billing", "").replace("\"dispositionCodes\":[],", ""));
    assertThat(noCodes.status()).as(noCodes.body()).isEqualTo(400);
    assertThat(noCodes.body()).contains("dispositionCodes");
    var noSkills =
        admin.post(
            "api/admin/queues",
            queueJson(unique("q"), "billing", "")
                .replace("\"requiredSkills\":[{\"skill\":\"billing\",\"minLevel\":3}],", ""));
    assertThat(noSkills.status()).as(noSkills.body()).isEqualTo(400);
    assertThat(noSkills.body()).contains("requiredSkills");
    assertThat(admin.get("api/admin/queues/" + queue).body()).isEqualTo(before);
  }

  @Test
  void aLiveProfileChangeMakesALoggedInAgentReceiveAnOfferFromANewlyAddedQueue() throws Exception {
    String first = setup.queue();
    String username = setup.agentServing(first);
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
    assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
        .isEqualTo(200);
    try (AgentSocket socket = AgentSocket.open(agent)) {
      String added = setup.queue();
      var waiting = setup.contact(added, "cust-" + UUID.randomUUID());
      assertThat(waiting.json().getString("state"))
          .as("nobody serves the new queue yet")
          .isEqualTo("QUEUED");
      String id = waiting.json().getString("id");

      var unknownSkill =
          RoutingSetup.put(
              admin,
              "api/admin/agents/" + username,
              "{\"skills\":{\"billing\":5,\"%s\":3},\"capacity\":{},\"queues\":[]}"
                  .formatted(unique("nope")));
      assertThat(unknownSkill.status()).isEqualTo(400);
      assertThat(unknownSkill.json().getString("error")).contains("unknown skill");

      var changed =
          RoutingSetup.put(
              admin,
              "api/admin/agents/" + username,
              "{\"skills\":{\"billing\":5},\"capacity\":{\"CHAT\":2},\"queues\":[{\"queue\":\"%s\",\"priority\":0},{\"queue\":\"%s\",\"priority\":0}]}"
                  .formatted(first, added));
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);

      JsonObject offer = socket.next("offer").getJsonObject("offer");
      assertThat(offer.getString("contactId")).isEqualTo(id);
      assertThat(offer.getString("queueName")).isEqualTo(added);
      assertThat(agent.get("api/agent/state").json().getString("presence")).isEqualTo("AVAILABLE");
      assertThat(agent.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
    }
  }

  @Test
  void deletingAQueueInUseIsRefusedAndSucceedsOnceItIsEmpty() throws Exception {
    String queue = setup.queue();
    String username = setup.agentServing(queue);
    String feeder = unique("q");
    var feeding =
        admin.post(
            "api/admin/queues",
            queueJson(
                feeder,
                "billing",
                ",\"maxWaitSeconds\":60,\"overflow\":{\"action\":\"TO_QUEUE\",\"queue\":\"%s\"}"
                    .formatted(queue)));
    assertThat(feeding.status()).as(feeding.body()).isEqualTo(201);

    var targeted = RoutingSetup.delete(admin, "api/admin/queues/" + queue);
    assertThat(targeted.status()).isEqualTo(409);
    assertThat(targeted.json().getString("error")).contains(feeder);
    assertThat(RoutingSetup.delete(admin, "api/admin/queues/" + feeder).status()).isEqualTo(204);

    ApiClient agent = ApiClient.loggedIn(server.baseUri(), username, RoutingSetup.AGENT_PASSWORD);
    assertThat(RoutingSetup.presence(agent, "{\"presence\":\"AVAILABLE\"}").status())
        .isEqualTo(200);
    try (AgentSocket socket = AgentSocket.open(agent)) {
      String id = setup.contact(queue, "cust-" + UUID.randomUUID()).json().getString("id");
      socket.next("offer");

      var inUse = RoutingSetup.delete(admin, "api/admin/queues/" + queue);
      assertThat(inUse.status()).isEqualTo(409);
      assertThat(inUse.json().getString("error")).contains("open contact");
      assertThat(admin.get("api/admin/queues/" + queue).status()).isEqualTo(200);

      assertThat(agent.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
      assertThat(agent.post("api/agent/contacts/" + id + "/end", "").status()).isEqualTo(200);
      assertThat(RoutingSetup.delete(admin, "api/admin/queues/" + queue).status())
          .as("in wrap-up")
          .isEqualTo(409);
      assertThat(
              agent
                  .post("api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":\"RESOLVED\"}")
                  .status())
          .isEqualTo(200);

      var deleted = RoutingSetup.delete(admin, "api/admin/queues/" + queue);
      assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    }
    assertThat(admin.get("api/admin/queues/" + queue).status()).isEqualTo(404);
    assertThat(RoutingSetup.delete(admin, "api/admin/queues/" + queue).status()).isEqualTo(404);
    assertThat(json(admin.get("api/admin/agents/" + username).body()).getJsonArray("queues"))
        .isEmpty();
    var refused = setup.contact(queue, "cust-" + UUID.randomUUID());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("error")).contains("unknown queue");
    assertThat(agent.get("api/agent/state").json().getString("presence")).isEqualTo("AVAILABLE");
  }

  @Test
  void unusedSkillsAndCalendarsCanBeDeleted() {
    String skill = unique("skill");
    assertThat(admin.post("api/admin/skills", "{\"name\":\"%s\"}".formatted(skill)).status())
        .isEqualTo(201);
    assertThat(admin.get("api/admin/skills/" + skill).json().getString("kind")).isEqualTo("SKILL");
    String cal = unique("cal");
    assertThat(admin.post("api/admin/business-hours", calendar(cal, false)).status())
        .isEqualTo(201);

    assertThat(RoutingSetup.delete(admin, "api/admin/skills/" + skill).status()).isEqualTo(204);
    assertThat(RoutingSetup.delete(admin, "api/admin/business-hours/" + cal).status())
        .isEqualTo(204);

    assertThat(admin.get("api/admin/skills/" + skill).status()).isEqualTo(404);
    assertThat(admin.get("api/admin/business-hours/" + cal).status()).isEqualTo(404);
  }

  @Test
  void onlyAdminsMayChangeReferenceData() {
    String queue = setup.queue();
    ApiClient agent = ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD);
    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
    ApiClient anonymous = new ApiClient(server.baseUri());

    for (ApiClient caller : new ApiClient[] {agent, supervisor}) {
      assertThat(caller.get("api/admin/skills").status()).isEqualTo(403);
      assertThat(caller.post("api/admin/skills", "{\"name\":\"x\"}").status()).isEqualTo(403);
      assertThat(caller.get("api/admin/business-hours").status()).isEqualTo(403);
      assertThat(caller.post("api/admin/business-hours", calendar("x", false)).status())
          .isEqualTo(403);
      assertThat(RoutingSetup.delete(caller, "api/admin/queues/" + queue).status()).isEqualTo(403);
      assertThat(RoutingSetup.delete(caller, "api/admin/skills/billing").status()).isEqualTo(403);
    }
    assertThat(anonymous.get("api/admin/skills").status()).isEqualTo(401);
    assertThat(anonymous.get("api/admin/business-hours").status()).isEqualTo(401);
    assertThat(admin.get("api/admin/queues/" + queue).status())
        .as("nothing was deleted")
        .isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDescribesTheNewOperations() {
    var openapi = new ApiClient(server.baseUri()).get("openapi?format=JSON");

    assertThat(openapi.status()).isEqualTo(200);
    JsonObject paths = openapi.json().getJsonObject("paths");
    assertThat(paths.getJsonObject("/api/admin/skills")).containsKeys("get", "post");
    assertThat(paths.getJsonObject("/api/admin/skills/{name}")).containsKeys("get", "delete");
    assertThat(paths.getJsonObject("/api/admin/business-hours")).containsKeys("get", "post");
    assertThat(paths.getJsonObject("/api/admin/business-hours/{name}"))
        .containsKeys("get", "put", "delete");
    assertThat(paths.getJsonObject("/api/admin/queues/{name}"))
        .containsKeys("get", "put", "delete");
    assertThat(openapi.body()).contains("stickyWindowSeconds", "afterHours", "relaxation");
  }
}
