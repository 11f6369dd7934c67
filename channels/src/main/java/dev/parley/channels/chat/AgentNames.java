package dev.parley.channels.chat;

import dev.parley.account.AccountService;
import dev.parley.routing.api.id.AgentId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The name visitors see for an agent: the account's display name, else its username. */
@ApplicationScoped
public class AgentNames {

  @EJB AccountService accounts;

  public String of(AgentId agent) {
    return accounts.findByUsername(agent.value()).map(a -> a.displayName()).orElse(agent.value());
  }
}
