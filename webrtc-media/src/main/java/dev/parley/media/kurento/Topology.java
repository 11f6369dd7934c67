package dev.parley.media.kurento;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which media element feeds which in a call, worked out from who is in it: a pure function, so the
 * rules read in one place and are tested without a media server.
 *
 * <ul>
 *   <li>Two parties: each endpoint feeds the other directly (no mixing, no transcoding).
 *   <li>A hub (made when a third party joins): each endpoint feeds its hub port and its hub port
 *       feeds it back; the hub mixes. The hub stays when the call is back to two: switching back
 *       would cut the media of both again for a saving that lasts only until the next consult.
 *   <li>Music on: the player feeds the customer, who feeds nobody (the others do not hear a waiting
 *       or held customer) and hears nobody else.
 * </ul>
 */
final class Topology {

  /** One party's elements: its endpoint and, once there is a hub, its hub port. */
  record Member(String endpoint, String hubPort, boolean customer) {}

  /** {@code source} sends its media to {@code sink}. */
  record Link(String source, String sink) {}

  private Topology() {}

  /**
   * The links for these members (in join order); {@code hub} tells whether the call has one, {@code
   * music} is the element playing to the customer or null.
   */
  static Set<Link> links(List<Member> members, boolean hub, String music) {
    Set<Link> links = new LinkedHashSet<>();
    List<Member> talking = members.stream().filter(m -> music == null || !m.customer()).toList();
    if (music != null) {
      members.stream()
          .filter(Member::customer)
          .forEach(m -> links.add(new Link(music, m.endpoint())));
    }
    if (hub) {
      for (Member m : talking) {
        links.add(new Link(m.endpoint(), m.hubPort()));
        links.add(new Link(m.hubPort(), m.endpoint()));
      }
    } else if (talking.size() == 2) {
      links.add(new Link(talking.get(0).endpoint(), talking.get(1).endpoint()));
      links.add(new Link(talking.get(1).endpoint(), talking.get(0).endpoint()));
    }
    return links;
  }
}
