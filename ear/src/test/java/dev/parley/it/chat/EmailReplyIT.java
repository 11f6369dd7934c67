package dev.parley.it.chat;

import static dev.parley.it.support.DemoAccounts.ADMIN;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import dev.parley.it.support.SmtpClient;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent's reply goes out through the outbox to a real SMTP server (GreenMail, standing in for
 * the organisation's mail server, on the port the test server sends to): checked header by header
 * for threading; the customer's answer to it lands in the same contact; a server that is away makes
 * the reply RETRYING with the reason, and it is sent once the server is back.
 */
@ExtendWith(SharedServer.class)
class EmailReplyIT {

  private static GreenMail sink(ParleyServer server) {
    GreenMail mail = new GreenMail(new ServerSetup(server.mailSinkPort(), "127.0.0.1", "smtp"));
    mail.start();
    return mail;
  }

  private static String reply(String text, List<String> cc) {
    return "{\"clientId\":\"%s\",\"text\":\"%s\",\"cc\":[%s],\"attachments\":[],\"quote\":true}"
        .formatted(
            UUID.randomUUID(),
            text,
            String.join(",", cc.stream().map(c -> "\"" + c + "\"").toList()));
  }

  private static JsonObject message(EmailSetup setup, ApiClient agent, String id, long seq) {
    return agent
        .get("api/agent/email/" + id)
        .json()
        .getJsonArray("messages")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getJsonNumber("seq").longValue() == seq)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReplyIsThreadedHeaderByHeaderAndTheAnswerToItJoinsTheThread(ParleyServer server)
      throws Exception {
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    String customer = "jane-" + setup.unique + "@example.com";
    String boss = "boss-" + setup.unique + "@example.com";
    String firstId = "first-" + setup.unique + "@mail.example.com";
    GreenMail mail = sink(server);
    GreenMail again = null;
    try (ChatSetup.Agent desk = setup.agent()) {
      assertThat(
              smtp.send(
                  customer,
                  List.of(setup.supportAddress),
                  EmailIT.first(customer, setup.supportAddress, firstId)))
          .startsWith("250");
      await().atMost(Duration.ofSeconds(30)).until(() -> setup.contactsOf(customer).size() == 1);
      String id = setup.contactsOf(customer).get(0).getString("id");
      await().atMost(Duration.ofSeconds(30)).until(() -> setup.state(id).equals("OFFERED"));
      ApiClient agent = desk.api();
      assertThat(agent.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);

      JsonObject thread = agent.get("api/agent/email/" + id).json();
      long ticket = thread.getJsonNumber("ticket").longValue();
      JsonObject first = thread.getJsonArray("messages").getJsonObject(0);
      assertThat(first.getString("html"))
          .contains("<b>The lamp is broken</b>")
          .doesNotContain("script");
      assertThat(first.getJsonArray("files").getJsonObject(0).getString("name"))
          .isEqualTo("invoice.pdf");

      var queued =
          agent.post(
              "api/agent/email/" + id + "/replies",
              reply("A new lamp is on its way.", List.of(boss)));
      assertThat(queued.status()).as(queued.body()).isEqualTo(201);
      long seq = queued.json().getJsonNumber("seq").longValue();
      assertThat(queued.json().getJsonObject("delivery").getString("state"))
          .isIn("QUEUED", "SENDING", "SENT");

      await().atMost(Duration.ofSeconds(30)).until(() -> replies(mail, "Re: ").size() == 2);
      MimeMessage ack =
          replies(mail, "We have your message").stream()
              .filter(m -> recipients(m).contains(customer))
              .findFirst()
              .orElseThrow();
      assertThat(ack.getSubject())
          .isEqualTo("We have your message: My lamp arrived broken [#" + ticket + "]");
      assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
      assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo("<" + firstId + ">");
      assertThat((String) ack.getContent()).contains("[#" + ticket + "]").contains("Jane Doe");
      MimeMessage sent = replies(mail, "Re: ").get(0);
      assertThat(sent.getSubject()).isEqualTo("Re: My lamp arrived broken [#" + ticket + "]");
      assertThat(sent.getFrom()[0].toString())
          .contains(setup.supportAddress)
          .contains("Mail Agent");
      assertThat(sent.getHeader("To")[0]).contains(customer);
      assertThat(sent.getHeader("Cc")[0]).contains(boss);
      assertThat(sent.getHeader("In-Reply-To")[0]).isEqualTo("<" + firstId + ">");
      assertThat(sent.getHeader("References")[0]).contains("<" + firstId + ">");
      String ours = sent.getMessageID();
      assertThat(ours).matches("<[^@<>]+@[^@<>]+>");
      assertThat(sent.getContentType()).startsWith("text/plain").contains("UTF-8");
      String body = ((String) sent.getContent()).replace("\r\n", "\n");
      assertThat(body).startsWith("A new lamp is on its way.").contains("> Hello from Jane.");
      assertThat(replies(mail, "Re: ").stream().map(m -> recipients(m)))
          .as("one copy each for the customer and the Cc")
          .hasSize(2);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  message(setup, agent, id, seq)
                      .getJsonObject("delivery")
                      .getString("state")
                      .equals("SENT"));

      // The customer answers our reply: the same contact.
      String answer =
          """
          From: Jane Doe <%s>
          To: %s
          Subject: Re: Re: My lamp arrived broken [#%d]
          Message-ID: <third-%s@mail.example.com>
          In-Reply-To: %s
          References: <%s> %s
          Content-Type: text/plain; charset=UTF-8

          Thank you, it arrived!
          """
              .formatted(customer, setup.supportAddress, ticket, setup.unique, ours, firstId, ours);
      assertThat(smtp.send(customer, List.of(setup.supportAddress), answer)).startsWith("250");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  setup.messages(id).stream()
                      .anyMatch(m -> m.getString("text").contains("Thank you, it arrived!")));
      assertThat(setup.contactsOf(customer)).hasSize(1);

      // The mail server goes away: the next reply waits, saying why, and goes once it is back.
      mail.stop();
      var waiting =
          agent.post("api/agent/email/" + id + "/replies", reply("Glad to hear it.", List.of()));
      assertThat(waiting.status()).as(waiting.body()).isEqualTo(201);
      long next = waiting.json().getJsonNumber("seq").longValue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  message(setup, agent, id, next)
                      .getJsonObject("delivery")
                      .getString("state")
                      .equals("RETRYING"));
      assertThat(message(setup, agent, id, next).getJsonObject("delivery").getString("lastError"))
          .isNotBlank();
      again = sink(server);
      GreenMail back = again;
      await().atMost(Duration.ofSeconds(60)).until(() -> replies(back, "Re: ").size() == 1);
      assertThat(replies(back, "We have your message").stream().map(EmailReplyIT::recipients))
          .as("no acknowledgement for an answer")
          .noneMatch(r -> r.contains(setup.unique));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  message(setup, agent, id, next)
                      .getJsonObject("delivery")
                      .getString("state")
                      .equals("SENT"));
    } finally {
      mail.stop();
      if (again != null) {
        again.stop();
      }
    }
  }

  /** Received messages whose subject starts with {@code prefix}. */
  private static List<MimeMessage> replies(GreenMail mail, String prefix) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject() != null && m.getSubject().startsWith(prefix);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void acknowledgementsGoOncePerSenderAndNeverToAutomaticMail(ParleyServer server)
      throws Exception {
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    String to = setup.supportAddress;
    String jane = "ack-jane-" + setup.unique + "@example.com";
    GreenMail mail = sink(server);
    try {
      assertThat(smtp.send(jane, List.of(to), EmailIT.first(jane, to, "a1-" + setup.unique + "@x")))
          .startsWith("250");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  replies(mail, "We have your message").stream()
                      .anyMatch(m -> recipients(m).contains(jane)));
      // A second, unrelated thread from the same sender within the period: no second one.
      String again =
          EmailIT.first(jane, to, "a2-" + setup.unique + "@x").replace("My lamp", "My chair");
      assertThat(smtp.send(jane, List.of(to), again)).startsWith("250");
      // An out-of-office answer and a bounce: threads of their own, never acknowledged.
      String robot = "ack-robot-" + setup.unique + "@example.com";
      String outOfOffice =
          "From: Robot <"
              + robot
              + ">\nTo: "
              + to
              + "\nSubject: Out of office\n"
              + "Auto-Submitted: auto-replied\nMessage-ID: <ooo-"
              + setup.unique
              + "@x>\n\n"
              + "I am away.\n";
      assertThat(smtp.send(robot, List.of(to), outOfOffice)).startsWith("250");
      String daemon = "mailer-daemon@" + setup.unique + ".example.com";
      String bounce =
          "From: Mail Delivery System <"
              + daemon
              + ">\nTo: "
              + to
              + "\n"
              + "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <bounce-"
              + setup.unique
              + "@x>\n\nThis is the mail system.\n";
      assertThat(smtp.send("", List.of(to), bounce)).startsWith("250");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  setup.contactsOf(jane).size() == 2
                      && setup.contactsOf(robot).size() == 1
                      && setup.contactsOf(daemon).size() == 1);
      // (the sink takes all the server's mail: count what went to this test's senders)
      await()
          .during(Duration.ofSeconds(4))
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  Arrays.stream(mail.getReceivedMessages())
                          .map(EmailReplyIT::recipients)
                          .filter(r -> r.contains(setup.unique))
                          .count()
                      == 1);
    } finally {
      mail.stop();
    }
  }

  /**
   * A first message to a queue closed by its business hours (a holiday from yesterday to tomorrow)
   * is acknowledged with the template's out-of-hours text, not the usual one.
   */
  @Test
  void aMessageWrittenOutOfHoursGetsTheOutOfHoursAcknowledgement(ParleyServer server)
      throws Exception {
    ApiClient admin = ApiClient.loggedIn(server.baseUri(), ADMIN, PASSWORD);
    String calendar = ChatSetup.closedCalendar(admin);
    EmailSetup setup =
        new EmailSetup(
            server.baseUri(),
            // (the action is for calls and chats: e-mail waits for the queue to open)
            ",\"businessHours\":\"%s\",\"afterHours\":{\"action\":\"END_WITH_MESSAGE\",\"message\":\"Closed\"}"
                .formatted(calendar));
    JsonObject template = admin.get("api/admin/email/acknowledgement").json();
    String usual = template.getString("text");
    String outOfHours = template.getString("afterHoursText");
    assertThat(outOfHours).isNotEqualTo(usual);
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    String ann = "ack-ann-" + setup.unique + "@example.com";
    GreenMail mail = sink(server);
    try {
      assertThat(
              smtp.send(
                  ann,
                  List.of(setup.supportAddress),
                  EmailIT.first(ann, setup.supportAddress, "oh-" + setup.unique + "@x")))
          .startsWith("250");
      MimeMessage ack =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      Arrays.stream(mail.getReceivedMessages())
                          .filter(m -> recipients(m).contains(ann))
                          .findFirst(),
                  java.util.Optional::isPresent)
              .orElseThrow();
      String text = spaced((String) ack.getContent());
      assertThat(text)
          .as("the out-of-hours text")
          .contains(lastPart(outOfHours))
          .doesNotContain(lastPart(usual));
    } finally {
      mail.stop();
    }
  }

  /** What a template says after its last placeholder, its white space made single spaces. */
  private static String lastPart(String template) {
    return spaced(template.substring(template.lastIndexOf('}') + 1));
  }

  private static String spaced(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
