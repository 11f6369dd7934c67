package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import java.util.List;

/**
 * Whether an agent may be offered a contact now, and if not, why. Checks run from the cheapest and
 * most common reason to the most expensive (blending looks at other queues), and the first failing
 * check is the reason given.
 */
final class Eligibility {
  private static final List<Channel> LIVE_CALLS = List.of(Channel.VOICE, Channel.VIDEO);

  /** "Held back", when only the yes/no is wanted (never shown to anyone). */
  private static final Verdict HELD = new Verdict(null, PassReason.BLENDING_HELD_BACK, null);

  private final EngineState s;

  Eligibility(EngineState s) {
    this.s = s;
  }

  /** Null when eligible, else the reason the agent is passed over. */
  Verdict check(Agent a, Contact c, List<SkillRequirement> required, boolean blend) {
    PassReason r = reason(a, c, required, blend);
    if (r == null) {
      return null;
    }
    // The same order of checks as reason(); only the failing one builds its sentence.
    return switch (r) {
      case SKILL_TOO_LOW -> checkSkills(a, required);
      case BLENDING_HELD_BACK -> checkBlending(a);
      default -> checkWork(a, c.channel());
    };
  }

  /**
   * The same decision as {@link #check} without building the verdict's sentence: null when
   * eligible, else the reason. Routing asks this for every member of a queue and builds the full
   * verdict only for the few agents an explanation lists.
   */
  PassReason reason(Agent a, Contact c, List<SkillRequirement> required, boolean blend) {
    PassReason r = workReason(a, c.channel());
    if (r != null) {
      return r;
    }
    if (!meetsSkills(a, required)) {
      return PassReason.SKILL_TOO_LOW;
    }
    return blend && c.channel().isDeferrable() && blendingHolds(a)
        ? PassReason.BLENDING_HELD_BACK
        : null;
  }

  /** Presence, exclusivity and capacity for a contact of {@code ch}. */
  Verdict checkWork(Agent a, Channel ch) {
    PassReason r = workReason(a, ch);
    if (r == null) {
      return null;
    }
    String detail =
        switch (r) {
          case NOT_RESPONDING -> "did not answer recent offers";
          case NOT_AVAILABLE -> "presence " + a.presence();
          case NOT_CONNECTED -> "no workstation connection";
          case BUSY_ON_CALL -> "on a live call";
          case BUSY_ON_CHAT -> "chat is not interruptible by a call";
          default -> ch + " " + a.load(ch) + "/" + a.capacity(ch) + " in use";
        };
    return new Verdict(a.id(), r, detail);
  }

  /** Null when the agent can take a contact of {@code ch} now, else why not. */
  PassReason workReason(Agent a, Channel ch) {
    PresenceStatus p = a.presenceStatus();
    if (p == PresenceStatus.NOT_RESPONDING) {
      return PassReason.NOT_RESPONDING;
    }
    if (p != PresenceStatus.AVAILABLE) {
      return PassReason.NOT_AVAILABLE;
    }
    if (!a.connected()) {
      return PassReason.NOT_CONNECTED;
    }
    if (a.onLiveCall()) {
      // A live call is exclusive: nothing else is offered until it ends.
      return PassReason.BUSY_ON_CALL;
    }
    if (ch.isLiveCall() && a.onChat() && !a.profile().capacity().chatInterruptibleByCall()) {
      return PassReason.BUSY_ON_CHAT;
    }
    if (!a.hasFreeSlot(ch)) {
      return PassReason.NO_CAPACITY;
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

  boolean meetsSkills(Agent a, List<SkillRequirement> required) {
    for (SkillRequirement r : required) {
      if (a.profile().skills().level(r.skill()) < r.minLevel()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #checkBlending} would hold deferrable work back (no sentence built). */
  boolean blendingHolds(Agent a) {
    return blending(a, false) != null;
  }

  /**
   * Blending: deferrable work is held back while a call this agent could take is waiting in one of
   * its queues, or one of its call queues is below its service-level target.
   */
  Verdict checkBlending(Agent a) {
    return blending(a, true);
  }

  /**
   * The blending check; with {@code explain} false it returns {@link #HELD} instead of a sentence.
   */
  private Verdict blending(Agent a, boolean explain) {
    for (QueueHome home : s.homesOf(a)) {
      QueueConfig q = home.config();
      if (q == null) {
        continue;
      }
      QueueId qid = home.id;
      for (Channel ch : LIVE_CALLS) {
        if (a.capacity(ch) == 0) {
          continue;
        }
        // A call queue below its target holds work back; calls still waiting on a channel the
        // queue no longer serves (it drains them) count as waiting calls below.
        if (q.serves(ch) && !home.onTarget()) {
          return !explain
              ? HELD
              : new Verdict(
                  a.id(),
                  PassReason.BLENDING_HELD_BACK,
                  "call queue " + qid + " below service level " + q.serviceLevel().fraction());
        }
        WaitingIndex.Lane calls = home.lane(ch);
        if (calls.isEmpty()) {
          continue;
        }
        if (q.relaxation().isEmpty() && calls.sameSkillsForAll()) {
          // One requirement for every call in the lane: one check decides.
          if (meetsSkills(a, q.requirements())) {
            return !explain
                ? HELD
                : new Verdict(
                    a.id(),
                    PassReason.BLENDING_HELD_BACK,
                    "call " + calls.head().contact() + " waiting in " + qid);
          }
          continue;
        }
        int looked = 0;
        for (WaitingIndex.Entry e : calls) {
          if (looked++ == s.settings.headScanDepth()) {
            break;
          }
          Contact call = e.subject();
          if (meetsSkills(a, s.requirement(call, q).requirements())) {
            return !explain
                ? HELD
                : new Verdict(
                    a.id(),
                    PassReason.BLENDING_HELD_BACK,
                    "call " + e.contact() + " waiting in " + qid);
          }
        }
      }
    }
    return null;
  }
}
