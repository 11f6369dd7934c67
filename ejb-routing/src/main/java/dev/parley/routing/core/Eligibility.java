package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.PresenceStatus;
import dev.parley.routing.contact.Channel;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.queue.SkillRequirement;
import java.util.List;

/**
 * Whether an agent may be offered a contact now, and if not, why. Checks run from the cheapest
 * and most common reason to the most expensive (blending looks at other queues), and the first
 * failing check is the reason given.
 */
final class Eligibility {
  private static final List<Channel> LIVE_CALLS = List.of(Channel.VOICE, Channel.VIDEO);

  private final EngineState s;

  Eligibility(EngineState s) {
    this.s = s;
  }

  /** Null when eligible, else the reason the agent is passed over. */
  Verdict check(Agent a, Contact c, List<SkillRequirement> required, boolean blend) {
    Verdict v = checkWork(a, c.channel());
    if (v != null) {
      return v;
    }
    v = checkSkills(a, required);
    if (v != null) {
      return v;
    }
    return blend && c.channel().isDeferrable() ? checkBlending(a) : null;
  }

  /** Presence, exclusivity and capacity for a contact of {@code ch}. */
  Verdict checkWork(Agent a, Channel ch) {
    PresenceStatus p = a.presence().status();
    if (p == PresenceStatus.NOT_RESPONDING) {
      return new Verdict(a.id(), PassReason.NOT_RESPONDING, "did not answer recent offers");
    }
    if (p != PresenceStatus.AVAILABLE) {
      return new Verdict(a.id(), PassReason.NOT_AVAILABLE, "presence " + a.presence());
    }
    if (a.onLiveCall()) {
      // A live call is exclusive: nothing else is offered until it ends.
      return new Verdict(a.id(), PassReason.BUSY_ON_CALL, "on a live call");
    }
    if (ch.isLiveCall() && a.onChat() && !a.profile().capacity().chatInterruptibleByCall()) {
      return new Verdict(a.id(), PassReason.BUSY_ON_CHAT, "chat is not interruptible by a call");
    }
    if (!a.hasFreeSlot(ch)) {
      return new Verdict(
          a.id(), PassReason.NO_CAPACITY, ch + " " + a.load(ch) + "/" + a.capacity(ch) + " in use");
    }
    return null;
  }

  Verdict checkSkills(Agent a, List<SkillRequirement> required) {
    for (SkillRequirement r : required) {
      int has = a.profile().skills().level(r.skill());
      if (has < r.minLevel()) {
        return Verdict.skillTooLow(a.id(), r.skill(), has, r.minLevel());
      }
    }
    return null;
  }

  /**
   * Blending: deferrable work is held back while a call this agent could take is waiting in one
   * of its queues, or one of its call queues is below its service-level target.
   */
  Verdict checkBlending(Agent a) {
    for (QueueId qid : a.profile().queues().keySet()) {
      QueueConfig q = s.queues.get(qid);
      if (q == null) {
        continue;
      }
      for (Channel ch : LIVE_CALLS) {
        if (!q.serves(ch) || a.capacity(ch) == 0) {
          continue;
        }
        if (!s.serviceLevels.onTarget(q)) {
          return new Verdict(
              a.id(),
              PassReason.BLENDING_HELD_BACK,
              "call queue " + qid + " below service level " + q.serviceLevel().fraction());
        }
        int looked = 0;
        for (WaitingIndex.Entry e : s.waiting.waitingIn(qid, ch)) {
          if (looked++ == s.settings.headScanDepth()) {
            break;
          }
          Contact call = e.subject();
          if (checkSkills(a, s.requirement(call).requirements()) == null) {
            return new Verdict(
                a.id(), PassReason.BLENDING_HELD_BACK, "call " + e.contact() + " waiting in " + qid);
          }
        }
      }
    }
    return null;
  }
}
