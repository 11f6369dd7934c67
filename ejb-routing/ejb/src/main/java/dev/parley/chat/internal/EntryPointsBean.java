package dev.parley.chat.internal;

import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.EntryPoints;
import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link EntryPoints} on {@code chat_entry_point}. A definition is checked as a whole before it is
 * stored (see the interface); the origin check reads the stored row (a primary-key read).
 */
@Stateless
@Local(EntryPoints.class)
public class EntryPointsBean implements EntryPoints {

  private static final Pattern ORIGIN =
      Pattern.compile(
          "https?://(\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:\\d{1,5})?");

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Inject Clock clock;

  @Inject StoreDurability durability;

  @EJB RoutingAdmin routing;

  @Override
  public List<EntryPointDefinition> list() {
    return em.createQuery(
            "select e from EntryPointEntity e order by e.name", EntryPointEntity.class)
        .getResultStream()
        .map(EntryPointsBean::read)
        .toList();
  }

  @Override
  public Optional<EntryPointDefinition> find(String name) {
    return Optional.ofNullable(em.find(EntryPointEntity.class, name)).map(EntryPointsBean::read);
  }

  @Override
  public boolean save(EntryPointDefinition d) {
    check(d);
    EntryPointEntity row = em.find(EntryPointEntity.class, d.name());
    boolean created = row == null;
    if (created) {
      row = new EntryPointEntity(d.name());
      row.define(JSON.toJson(d), clock.instant());
      em.persist(row);
    } else {
      row.define(JSON.toJson(d), clock.instant());
    }
    durability.flushAfterCommit();
    return created;
  }

  @Override
  public boolean delete(String name) {
    EntryPointEntity row = em.find(EntryPointEntity.class, name);
    if (row == null) {
      return false;
    }
    em.remove(row);
    durability.flushAfterCommit();
    return true;
  }

  @Override
  public boolean allows(String name, String origin) {
    if (origin == null) {
      return false;
    }
    return find(name).map(d -> d.allowedOrigins().contains(normalise(origin))).orElse(false);
  }

  @Override
  public boolean allowsAny(String origin) {
    if (origin == null) {
      return false;
    }
    String o = normalise(origin);
    return list().stream().anyMatch(d -> d.allowedOrigins().contains(o));
  }

  /** Origins compare without a trailing slash and in lower case (scheme and host are). */
  static String normalise(String origin) {
    String o = origin.strip().toLowerCase(java.util.Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }

  private void check(EntryPointDefinition d) {
    for (String origin : d.allowedOrigins()) {
      if (!ORIGIN.matcher(origin.strip()).matches()) {
        throw invalid(
            "allowed origin '"
                + origin
                + "' must be scheme://host[:port] (http or https, no path)");
      }
    }
    if (d.channels() != null) {
      for (String c : d.channels()) {
        if (!EntryPointDefinition.WEB_CHANNELS.contains(c)) {
          throw invalid("channel '" + c + "' is not one of CHAT, VOICE, VIDEO");
        }
      }
    }
    Set<String> ids = new HashSet<>();
    if (d.menu().options().isEmpty()) {
      requireQueue(d.menu().queue(), "the menu has no options, so it", required(d));
    }
    checkOptions(d.menu().options(), ids, 1, required(d));
  }

  /** What every queue of the menu must serve: the channels asked for, or chat. */
  private static List<String> required(EntryPointDefinition d) {
    return d.channels() == null ? List.of("CHAT") : d.channels();
  }

  @Override
  public List<String> channels(EntryPointDefinition d) {
    if (d.channels() != null) {
      return d.channels();
    }
    List<String> queues = new java.util.ArrayList<>();
    leafQueues(d.menu().options(), queues);
    if (d.menu().options().isEmpty() && d.menu().queue() != null) {
      queues.add(d.menu().queue());
    }
    List<String> channels = new java.util.ArrayList<>(List.of("CHAT"));
    for (String call : List.of("VOICE", "VIDEO")) {
      boolean all =
          !queues.isEmpty()
              && queues.stream()
                  .allMatch(
                      q ->
                          routing
                              .find(ReferenceKind.QUEUE, q)
                              .map(def -> def.channels().contains(call))
                              .orElse(false));
      if (all) {
        channels.add(call);
      }
    }
    return List.copyOf(channels);
  }

  private static void leafQueues(List<EntryPointDefinition.MenuOption> options, List<String> out) {
    for (EntryPointDefinition.MenuOption o : options) {
      if (o.leaf()) {
        if (o.queue() != null && !o.queue().isBlank()) {
          out.add(o.queue().strip());
        }
      } else {
        leafQueues(o.options(), out);
      }
    }
  }

  private void checkOptions(
      List<EntryPointDefinition.MenuOption> options,
      Set<String> ids,
      int depth,
      List<String> channels) {
    if (depth > 5) {
      throw invalid("the menu is deeper than 5 levels");
    }
    for (EntryPointDefinition.MenuOption o : options) {
      if (!ids.add(o.id())) {
        throw invalid("menu option id '" + o.id() + "' is used twice");
      }
      if (o.leaf()) {
        requireQueue(o.queue(), "option '" + o.id() + "'", channels);
        if (o.skill() != null
            && !o.skill().isBlank()
            && routing.find(ReferenceKind.SKILL, o.skill().strip()).isEmpty()) {
          throw invalid(
              "option '"
                  + o.id()
                  + "' asks for skill '"
                  + o.skill()
                  + "', which is not in the catalogue");
        }
      } else if (o.queue() != null && !o.queue().isBlank()) {
        throw invalid("option '" + o.id() + "' has sub-options, so it cannot name a queue");
      } else {
        checkOptions(o.options(), ids, depth + 1, channels);
      }
    }
  }

  private void requireQueue(String queue, String who, List<String> channels) {
    if (queue == null || queue.isBlank()) {
      throw invalid(who + " must name a queue");
    }
    QueueDefinition q =
        routing
            .find(ReferenceKind.QUEUE, queue)
            .orElseThrow(() -> invalid(who + " names queue '" + queue + "', which does not exist"));
    for (String channel : channels) {
      if (!q.channels().contains(channel)) {
        throw invalid(who + " names queue '" + queue + "', which does not serve " + channel);
      }
    }
  }

  private static RoutingRefusedException invalid(String message) {
    return new RoutingRefusedException(Kind.INVALID, message);
  }

  private static EntryPointDefinition read(EntryPointEntity row) {
    EntryPointDefinition d = JSON.fromJson(row.definition(), EntryPointDefinition.class);
    return new EntryPointDefinition(
        d.name(),
        d.allowedOrigins().stream().map(EntryPointsBean::normalise).toList(),
        d.texts(),
        d.menu(),
        d.preChat(),
        d.maxAttachmentBytes(),
        d.channels());
  }
}
