package dev.parley.media.kurento;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which media element feeds which in a call, worked out from who is in it: a pure function, so the
 * rules read in one place and are tested without a media server.
 *
 * <ul>
 *   <li>Two talking parties, not mixed: each endpoint feeds the other directly (no mixing, no
 *       transcoding).
 *   <li>Mixed (once three parties talk — a barging supervisor counts, a listening one does not):
 *       each talking endpoint feeds its port on the hub and its port feeds it back; the hub mixes.
 *       The call stays mixed when it is back to two: switching back would cut the media of both
 *       again for a saving that lasts only until the next consult.
 *   <li>The hub also serves those who only take its mix: the composite recorder and listening or
 *       whispering supervisors, each through a port fed by nobody. While anyone takes it, every
 *       talking party feeds its hub port even when the conversation itself is direct, so a
 *       two-party call being recorded or monitored keeps its direct links (the parties' media never
 *       blinks) and the mix is a side path.
 *   <li>Whisper: a second, audio-only hub. Every talking party and the whisperer feed it; the
 *       agents and experts take their audio from it (everyone else plus the whisperer) and their
 *       video from where it came before. The customer's media is untouched, so the customer never
 *       hears the whisperer.
 *   <li>Music on: the player feeds the customer, who feeds nobody (the others, the hub and so the
 *       composite recording do not get a waiting or held customer) and hears nobody else.
 *   <li>A party's own recorder is fed by its endpoint: what that party sends.
 * </ul>
 */
final class Topology {

  /** What a party does in the conversation. */
  enum Part {
    CUSTOMER,
    /** An agent or an expert. */
    AGENT,
    LISTENER,
    WHISPERER,
    BARGER;

    /** Whether the others hear this party (the customer: unless on music) and it is recorded. */
    boolean converses() {
      return this == CUSTOMER || this == AGENT || this == BARGER;
    }
  }

  /** Which media a link carries. */
  enum Media {
    ALL,
    AUDIO,
    VIDEO
  }

  /**
   * One party's elements: its endpoint and, when made, its hub port, whisper hub port and recorder
   * (null otherwise).
   */
  record Member(String endpoint, String hubPort, String whisperPort, String recorder, Part part) {}

  /** {@code source} sends its {@code media} to {@code sink}. */
  record Link(String source, String sink, Media media) {
    Link(String source, String sink) {
      this(source, sink, Media.ALL);
    }
  }

  /** The composite recording: the recorder and the hub port whose mix it takes. */
  record Tap(String hubPort, String recorder) {}

  private Topology() {}

  /** Whether these parts need the hub for their conversation (three or more talk). */
  static boolean needsMixing(List<Part> parts) {
    return parts.stream().filter(Part::converses).count() >= 3;
  }

  /**
   * The links for these members (in join order); {@code mixed} tells whether the conversation goes
   * through the hub, {@code music} is the element playing to the customer or null, {@code
   * recording} the composite recording or null.
   */
  static Set<Link> links(List<Member> members, boolean mixed, String music, Tap recording) {
    Set<Link> links = new LinkedHashSet<>();
    List<Member> talking = members.stream().filter(m -> talks(m, music)).toList();
    boolean whisper = members.stream().anyMatch(m -> m.part() == Part.WHISPERER);
    if (music != null) {
      members.stream()
          .filter(m -> m.part() == Part.CUSTOMER)
          .forEach(m -> links.add(new Link(music, m.endpoint())));
    }
    boolean mixTaken =
        mixed
            || recording != null
            || members.stream().anyMatch(m -> m.part() == Part.LISTENER || whispers(m));
    for (Member m : talking) {
      if (mixTaken && m.hubPort() != null) {
        links.add(new Link(m.endpoint(), m.hubPort()));
      }
      String heard = mixed ? m.hubPort() : other(talking, m);
      if (heard != null) {
        boolean coached = whisper && m.part() != Part.CUSTOMER;
        links.add(new Link(heard, m.endpoint(), coached ? Media.VIDEO : Media.ALL));
      }
    }
    for (Member m : members) {
      if ((m.part() == Part.LISTENER || whispers(m)) && m.hubPort() != null) {
        links.add(new Link(m.hubPort(), m.endpoint()));
      }
    }
    if (whisper) {
      whisperLinks(members, talking, links);
    }
    for (Member m : members) {
      if (m.recorder() != null) {
        links.add(new Link(m.endpoint(), m.recorder()));
      }
    }
    if (recording != null) {
      links.add(new Link(recording.hubPort(), recording.recorder()));
    }
    return links;
  }

  private static void whisperLinks(List<Member> members, List<Member> talking, Set<Link> links) {
    for (Member m : members) {
      if (m.whisperPort() == null) {
        continue;
      }
      boolean talks = talking.contains(m);
      if (talks || whispers(m)) {
        links.add(new Link(m.endpoint(), m.whisperPort(), Media.AUDIO));
      }
      if (talks && m.part() != Part.CUSTOMER) {
        links.add(new Link(m.whisperPort(), m.endpoint(), Media.AUDIO));
      }
    }
  }

  private static boolean talks(Member m, String music) {
    return m.part().converses() && !(music != null && m.part() == Part.CUSTOMER);
  }

  private static boolean whispers(Member m) {
    return m.part() == Part.WHISPERER;
  }

  /** The one other talking party of a direct conversation, or null. */
  private static String other(List<Member> talking, Member m) {
    if (talking.size() != 2) {
      return null;
    }
    return talking.get(0).equals(m) ? talking.get(1).endpoint() : talking.get(0).endpoint();
  }
}
