package dev.parley.web.supervisor.ws;

import dev.parley.routing.api.LiveStatus;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.time.Instant;
import java.util.List;

/**
 * What the server pushes to a wallboard on {@code /ws/supervisor} (docs/supervisor-protocol.md). A
 * {@code snapshot} comes first on every connection (and after a {@code refresh}); then a section
 * ({@code queues}, {@code agents}, {@code calls}) is sent again, whole, whenever it changed. {@code
 * at} is the server's clock when the board was read: durations are shown from the instants in the
 * rows, corrected by it.
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "snapshot", type = SupervisorServerMessage.Snapshot.class),
      @JsonbSubtype(alias = "queues", type = SupervisorServerMessage.Queues.class),
      @JsonbSubtype(alias = "agents", type = SupervisorServerMessage.Agents.class),
      @JsonbSubtype(alias = "calls", type = SupervisorServerMessage.Calls.class),
      @JsonbSubtype(alias = "pong", type = SupervisorServerMessage.Pong.class),
      @JsonbSubtype(alias = "error", type = SupervisorServerMessage.Error.class)
    })
public sealed interface SupervisorServerMessage {

  /** The whole board. */
  record Snapshot(
      Instant at,
      List<LiveStatus.QueueStatus> queues,
      List<LiveStatus.AgentStatus> agents,
      List<LiveStatus.LiveCall> calls)
      implements SupervisorServerMessage {

    static Snapshot of(LiveStatus.Board board) {
      return new Snapshot(board.at(), board.queues(), board.agents(), board.calls());
    }
  }

  /** Every queue, after one of them changed. */
  record Queues(Instant at, List<LiveStatus.QueueStatus> queues)
      implements SupervisorServerMessage {}

  /** Every agent, after one of them changed. */
  record Agents(Instant at, List<LiveStatus.AgentStatus> agents)
      implements SupervisorServerMessage {}

  /** Every live call, after a call started, ended or moved. */
  record Calls(Instant at, List<LiveStatus.LiveCall> calls) implements SupervisorServerMessage {}

  record Pong(long seq) implements SupervisorServerMessage {}

  /** A frame the server could not accept; the connection stays open. */
  record Error(String message) implements SupervisorServerMessage {}
}
