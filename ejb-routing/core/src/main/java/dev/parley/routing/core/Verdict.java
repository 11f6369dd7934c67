package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;

/** One agent passed over for a contact, and why ({@code detail} is for people). */
public record Verdict(AgentId agent, PassReason reason, String detail) {
  static Verdict skillTooLow(AgentId agent, String skill, int has, int needs) {
    return new Verdict(
        agent, PassReason.SKILL_TOO_LOW, "skill " + skill + ": has " + has + ", needs " + needs);
  }
}
