package dev.parley.routing.runtime;

import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.store.EventRecorder;
import java.util.List;

/**
 * What one operation may do with routing state while it runs inside {@link RoutingRuntime#submit}:
 * read the engine, apply commands (stored with the batch and announced once it is durable), and
 * read what the batch recorded so far. Valid only during that call, on the writer's thread; never
 * kept.
 */
public interface EngineSession {

  /** The engine, to read; change it only through {@link #execute}. */
  RoutingEngine engine();

  /**
   * Applies {@code command}: its effects are recorded in the batch, its notifications announced
   * after the commit, the timer re-armed.
   *
   * @throws RoutingRefusedException (CONFLICT) when the engine refused it; effects of timers that
   *     fired before it are still stored
   */
  List<RoutingEvent> execute(Command command);

  /** The offers ringing now, with their times. */
  OpenOffers offers();

  /** What the running batch has recorded (rows not yet written included). */
  EventRecorder recorder();

  /** A new contact id (time-ordered, unguessable). */
  ContactId nextContactId();
}
