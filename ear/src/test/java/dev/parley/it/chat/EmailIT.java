package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import dev.parley.it.support.SmtpClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail to a support address over a real SMTP session (the server's listener, ADR 0021): it is
 * answered 250 once stored, becomes an EMAIL contact in the queue its address is routed to with the
 * customer's message and attachment; the same message delivered again adds nothing; an answer
 * (In-Reply-To) joins the same contact — and reopens it, for the same agent, once it was closed.
 */
@ExtendWith(SharedServer.class)
class EmailIT {

  private static final String PDF =
      Base64.getMimeEncoder()
          .encodeToString("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());

  static String first(String from, String to, String messageId) {
    return """
        From: Jane Doe <%s>
        To: %s
        Subject: My lamp arrived broken
        Message-ID: <%s>
        Date: Fri, 04 Dec 2026 10:00:00 +0000
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/alternative; boundary="alt"

        --alt
        Content-Type: text/plain; charset=UTF-8

        Hello from Jane. The lamp is broken; the invoice is attached.
        .a line starting with a dot
        --alt
        Content-Type: text/html; charset=UTF-8

        <p>Hello from Jane. <b>The lamp is broken</b>.<script>alert(1)</script></p>
        --alt--
        --outer
        Content-Type: application/pdf; name="invoice.pdf"
        Content-Disposition: attachment; filename="invoice.pdf"
        Content-Transfer-Encoding: base64

        %s
        --outer--
        """
        .formatted(from, to, messageId, PDF);
  }

  /** How many of the messages the customer wrote (not the acknowledgement, not events). */
  static long fromCustomer(List<JsonObject> messages) {
    return messages.stream()
        .filter(m -> m.getJsonObject("author").getString("role").equals("CUSTOMER"))
        .count();
  }

  static String answer(String from, String to, String messageId, String inReplyTo) {
    return """
        From: Jane Doe <%s>
        To: %s
        Subject: Re: My lamp arrived broken
        Message-ID: <%s>
        In-Reply-To: <%s>
        References: <%s>
        Content-Type: text/plain; charset=UTF-8

        Any news about my lamp?
        """
        .formatted(from, to, messageId, inReplyTo, inReplyTo);
  }

  @Test
  void aMessageBecomesAThreadARedeliveryAddsNothingAndAnAnswerJoinsAndReopensIt(ParleyServer server)
      throws Exception {
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    String customer = "jane-" + setup.unique + "@example.com";
    String firstId = "first-" + setup.unique + "@mail.example.com";
    String message = first(customer, setup.supportAddress, firstId);

    assertThat(smtp.send(customer, List.of(setup.supportAddress), message)).startsWith("250");
    await().atMost(Duration.ofSeconds(30)).until(() -> setup.contactsOf(customer).size() == 1);
    JsonObject contact = setup.contactsOf(customer).get(0);
    String id = contact.getString("id");
    assertThat(contact.getString("channel")).isEqualTo("EMAIL");
    assertThat(contact.getString("queue")).isEqualTo(setup.queue);
    await().atMost(Duration.ofSeconds(30)).until(() -> fromCustomer(setup.messages(id)) == 1);
    JsonObject received = setup.messages(id).get(0);
    assertThat(received.getJsonObject("author").getString("role")).isEqualTo("CUSTOMER");
    assertThat(received.getString("text"))
        .contains("Hello from Jane. The lamp is broken")
        .contains(".a line starting with a dot");
    assertThat(received.getJsonArray("attachments").getJsonObject(0).getString("name"))
        .isEqualTo("invoice.pdf");

    // The sending server delivers it again (it lost our 250): one message still.
    assertThat(smtp.send(customer, List.of(setup.supportAddress), message)).startsWith("250");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> fromCustomer(setup.messages(id)) == 1 && setup.contactsOf(customer).size() == 1);

    // An agent handles it to the end.
    try (ChatSetup.Agent desk = setup.agent()) {
      handleAndAnswer(setup, smtp, desk.api(), customer, id, firstId);
    }
  }

  private static void handleAndAnswer(
      EmailSetup setup,
      SmtpClient smtp,
      ApiClient agent,
      String customer,
      String id,
      String firstId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(setup.state(id)).as(setup.explain(id)).isEqualTo("OFFERED"));
    assertThat(agent.post("api/agent/offers/" + id + "/accept", "").status()).isEqualTo(200);
    assertThat(agent.post("api/agent/contacts/" + id + "/end", "").status()).isEqualTo(200);
    // (the queue has no wrap-up time: ending closes it)
    await().atMost(Duration.ofSeconds(10)).until(() -> setup.state(id).equals("CLOSED"));

    // The customer answers: the same contact, reopened and offered to the same agent.
    String reply = answer(customer, setup.supportAddress, "second-" + setup.unique + "@x", firstId);
    assertThat(smtp.send(customer, List.of(setup.supportAddress), reply)).startsWith("250");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(setup.state(id)).as(setup.explain(id)).isEqualTo("OFFERED"));
    assertThat(setup.contactsOf(customer)).hasSize(1);
    assertThat(setup.messages(id))
        .extracting(m -> m.getString("text"))
        .contains("Any news about my lamp?")
        .anyMatch(t -> t.contains("reopened"));
    assertThat(
            agent
                .get("api/agent/state")
                .json()
                .getJsonArray("offers")
                .getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("contactId"))
        .contains(id);
  }

  @Test
  void aClientOutsideTheRelaysOrAMessageTooLargeIsRefusedClearly(ParleyServer server) {
    EmailSetup setup = new EmailSetup(server.baseUri());
    SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
    String customer = "big-" + setup.unique + "@example.com";
    String huge =
        first(customer, setup.supportAddress, "big-" + setup.unique + "@x")
            .replace("Hello from Jane.", "x".repeat(30 * 1024 * 1024));
    assertThat(smtp.send(customer, List.of(setup.supportAddress), huge)).startsWith("552");
    await().during(Duration.ofSeconds(2)).until(() -> setup.contactsOf(customer).isEmpty());
  }
}
