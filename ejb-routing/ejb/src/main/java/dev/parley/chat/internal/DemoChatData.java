package dev.parley.chat.internal;

import dev.parley.chat.CannedResponses;
import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.EntryPoints;
import dev.parley.chat.FieldRule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded default ({@code parley.demo.users=true}) makes sure the entry point "support"
 * exists — the one the demo customer page uses, allowed from {@code http://127.0.0.1:<port>} and
 * {@code http://localhost:<port>} (the HTTP port with WildFly's port offset) — with a small menu
 * into the demo queue "Support", and a few shared canned responses. Idempotent; admins' later edits
 * are kept. Prints the demo page's address.
 */
@Singleton
@Startup
@DependsOn("DemoRoutingData")
public class DemoChatData {

  private static final Logger LOG = Logger.getLogger(DemoChatData.class.getName());

  static final String ENTRY_POINT = "support";
  static final String QUEUE = "Support";

  @EJB EntryPoints entryPoints;

  @EJB CannedResponses canned;

  @Inject
  @ConfigProperty(name = "parley.demo.users", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void create() {
    if (!enabled) {
      return;
    }
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    if (entryPoints.find(ENTRY_POINT).isEmpty()) {
      entryPoints.save(definition(port));
    }
    if (canned.shared().isEmpty()) {
      canned.create(null, "Greeting", "Hi {customer.name}, I'm {agent.firstName}. How can I help?");
      canned.create(null, "One moment", "Thanks, {customer.name}! Let me check that for you.");
      canned.create(null, "Goodbye", "Is there anything else I can help you with today?");
    }
    LOG.info(
        ("\n\n  Demo customer page (web chat, another origin than Parley's): http://127.0.0.1:%d/demo/\n"
                + "  Open it in one window and log in as agent1 in another to chat.\n")
            .formatted(port));
  }

  static EntryPointDefinition definition(int port) {
    return new EntryPointDefinition(
        ENTRY_POINT,
        List.of("http://127.0.0.1:" + port, "http://localhost:" + port),
        new EntryPointDefinition.Texts(
            "Chat with us",
            "Northwind Support",
            "Hi! What can we help you with?",
            "Thanks! An agent will be with you shortly.",
            "The chat has ended. Thank you for contacting us!",
            "We are closed right now. Leave us a message and we will answer by e-mail."),
        new EntryPointDefinition.Menu(
            "What is it about?",
            List.of(
                leaf("orders", "Orders and delivery"),
                leaf("billing", "Billing and refunds"),
                new EntryPointDefinition.MenuOption(
                    "tech",
                    "Technical help",
                    List.of(leaf("tech-app", "The mobile app"), leaf("tech-web", "The website")),
                    null,
                    null)),
            null),
        new EntryPointDefinition.PreChat(FieldRule.OPTIONAL, FieldRule.OPTIONAL),
        5L * 1024 * 1024,
        null);
  }

  private static EntryPointDefinition.MenuOption leaf(String id, String label) {
    return new EntryPointDefinition.MenuOption(id, label, List.of(), QUEUE, null);
  }
}
