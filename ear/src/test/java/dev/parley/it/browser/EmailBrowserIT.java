package dev.parley.it.browser;

import static dev.parley.it.browser.CallBrowserIT.pageOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import dev.parley.it.support.SmtpClient;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * E-mail in the workstation: an agent working a chat, while calls wait in the queue, is not offered
 * the e-mail that arrived (blending); once no call waits it is offered; the agent reads its HTML
 * sanitized in a sandboxed frame, replies with an attachment, and the reply is captured by a real
 * SMTP server (GreenMail) as a threaded message with the file.
 */
@ExtendWith(SharedServer.class)
class EmailBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void anEmailWaitsBehindCallsThenTheAgentReadsItAndRepliesWithAFile(ParleyServer server)
      throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String queue = admin.mailQueue();
    String support = "desk-" + unique + "@example.com";
    admin.routeMail(support, queue);
    String entryPoint = admin.entryPoint(queue, pageOrigin(server.baseUri()));
    String username = admin.blendedAgent(queue, "Erin Email");
    Workstation desk = Workstation.available(server.baseUri(), username);
    browsers.add(desk);
    ApiClient agentApi = ApiClient.loggedIn(server.baseUri(), username, ChatAdmin.AGENT_PASSWORD);
    GreenMail mail = new GreenMail(new ServerSetup(server.mailSinkPort(), "127.0.0.1", "smtp"));
    mail.start();
    try {
      // The agent works a chat.
      WidgetPage visitor = WidgetPage.open(server.baseUri(), entryPoint);
      browsers.add(visitor);
      visitor.openPanel();
      visitor.choose("billing");
      visitor.startAs("Carl Chat");
      desk.acceptOffer();

      // Two calls come: one rings the agent, one waits. Then the e-mail.
      String call1 =
          admin.post("VOICE", queue, "+4511" + unique.substring(0, 6).replaceAll("\\D", "1"));
      String call2 =
          admin.post("VOICE", queue, "+4522" + unique.substring(0, 6).replaceAll("\\D", "2"));
      String customer = "erin-customer-" + unique + "@example.com";
      String firstId = "browser-" + unique + "@mail.example.com";
      String message =
          """
          From: Jane Browser <%s>
          To: %s
          Subject: Where is my parcel?
          Message-ID: <%s>
          MIME-Version: 1.0
          Content-Type: text/html; charset=UTF-8

          <p>Hello, <b>where is my parcel</b>?</p><script>document.title='pwned'</script>
          <img src="https://tracker.example.net/pixel.gif" alt="pixel">
          """
              .formatted(customer, support, firstId);
      SmtpClient smtp = new SmtpClient("127.0.0.1", server.smtpPort());
      assertThat(smtp.send(customer, List.of(support), message)).startsWith("250");
      ApiClient supervisorView = ApiClient.loggedIn(server.baseUri(), "supervisor", "parley-demo");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !contacts(supervisorView, customer).isEmpty());
      String email = contacts(supervisorView, customer).get(0);
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> admin.contact(email).getString("state").equals("QUEUED"));
      assertThat(
              agentApi.get("api/agent/state").json().getJsonArray("offers").stream()
                  .map(o -> o.asJsonObject().getString("contactId"))
                  .toList())
          .as("no e-mail offer while calls wait")
          .doesNotContain(email);
      assertThat(admin.contact(email).getString("state")).isEqualTo("QUEUED");

      // A colleague comes and takes the calls: nothing waits any more, so the e-mail is offered
      // to the agent, who is still working the chat.
      String colleague = admin.voiceAgent(queue, "Victor Voice");
      browsers.add(Workstation.available(server.baseUri(), colleague));
      ApiClient colleagueApi =
          ApiClient.loggedIn(server.baseUri(), colleague, ChatAdmin.AGENT_PASSWORD);
      for (String call : List.of(call1, call2)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> admin.contact(call).getString("state").equals("OFFERED"));
        assertThat(colleagueApi.post("api/agent/offers/" + call + "/accept", "").status())
            .isEqualTo(200);
        assertThat(colleagueApi.post("api/agent/contacts/" + call + "/end", "").status())
            .isEqualTo(200);
        var wrapped =
            colleagueApi.post("api/agent/contacts/" + call + "/wrap-up", "{\"disposition\":null}");
        assertThat(wrapped.status()).as(wrapped.body()).isEqualTo(200);
      }
      WebElement offer =
          desk.waiting(Duration.ofSeconds(60))
              .until(
                  d ->
                      d.findElements(Workstation.testId("offer")).stream()
                          .filter(o -> o.getText().toLowerCase().contains("mail"))
                          .findFirst()
                          .orElse(null));
      offer.findElement(Workstation.testId("accept-offer")).click();

      // The agent reads it: sanitized, in a sandboxed frame, the remote image blocked.
      WebElement frame =
          desk.waiting(Duration.ofSeconds(30))
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      Workstation.testId("email-html-frame")));
      assertThat(frame.getAttribute("sandbox")).isEmpty();
      String shown = frame.getAttribute("srcdoc");
      assertThat(shown)
          .contains("<b>where is my parcel</b>")
          .doesNotContain("<script")
          .doesNotContain("tracker.example.net");
      assertThat(desk.text("email-remote-button")).isNotBlank();

      // It replies with a file.
      Path file = Files.createTempFile("parcel-", ".pdf");
      Files.writeString(file, "%PDF-1.4\n% a receipt\n%%EOF\n");
      desk.browser
          .findElement(Workstation.testId("email-reply-text"))
          .sendKeys("Your parcel left our warehouse today.");
      desk.browser
          .findElement(Workstation.testId("email-reply-file-input"))
          .sendKeys(file.toString());
      String fileName = file.getFileName().toString();
      desk.waiting(Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  Workstation.testId("email-panel"), fileName));
      desk.waiting(Duration.ofSeconds(20))
          .until(ExpectedConditions.elementToBeClickable(Workstation.testId("email-reply-send")))
          .click();
      // (the acknowledgement is an outbound message of the thread too: wait for the reply's)
      desk.waiting(Duration.ofSeconds(60))
          .until(
              d -> {
                List<WebElement> outbound =
                    d.findElements(
                        By.cssSelector("[data-testid=email-message][data-direction=OUTBOUND]"));
                return outbound.size() == 2
                    && outbound.get(1).getText().contains("Your parcel left our warehouse")
                    && !outbound
                        .get(1)
                        .findElements(
                            By.cssSelector("[data-testid=email-delivery][data-state=SENT]"))
                        .isEmpty();
              });

      MimeMessage reply =
          Arrays.stream(mail.getReceivedMessages())
              .filter(
                  m ->
                      subject(m).startsWith("Re: Where is my parcel?")
                          && header(m, "In-Reply-To").equals("<" + firstId + ">"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no reply among "
                              + Arrays.stream(mail.getReceivedMessages())
                                  .map(EmailBrowserIT::subject)
                                  .toList()));
      assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo("<" + firstId + ">");
      assertThat(reply.getAllRecipients()[0].toString()).contains(customer);
      Multipart parts = (Multipart) reply.getContent();
      assertThat(((String) parts.getBodyPart(0).getContent()))
          .contains("Your parcel left our warehouse today.");
      Part attached = parts.getBodyPart(1);
      assertThat(attached.getFileName()).isEqualTo(fileName);
      assertThat(new String(attached.getInputStream().readAllBytes())).startsWith("%PDF-1.4");
    } finally {
      mail.stop();
    }
  }

  private static List<String> contacts(ApiClient supervisor, String customer) {
    return supervisor
        .get("api/customers/" + customer + "/contacts")
        .jsonArray()
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .map(c -> c.getString("id"))
        .toList();
  }

  private static String header(MimeMessage m, String name) {
    try {
      String[] values = m.getHeader(name);
      return values == null ? "" : values[0];
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
