package dev.parley.media.kurento;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The state of one run of the {@link KurentoProtocolDouble}: the media objects, their connections,
 * sessions and event subscriptions, as Kurento Media Server keeps them. A restarted double gets a
 * new one, as a restarted KMS forgets everything (sessions included: reconnecting clients are told
 * {@code 40007 Invalid session}).
 *
 * <p>Connections follow KMS: a sink has one source per media type (audio, video, data), so
 * connecting a second source replaces the first; a connection without a media type is one of each;
 * releasing an element drops its connections; releasing a pipeline releases its elements. A {@code
 * Composite} mixes as KMS does: each of its {@code HubPort}s sends the mix of what the hub's other
 * ports receive ({@link #hears}). A {@code RecorderEndpoint} keeps the last of record, pause, stop
 * and stopAndWait invoked on it (also after its release) and fires Recording, Paused and Stopped.
 * Not thread-safe: the double calls it under its own lock.
 */
final class FakeKms {

  static final String SERVER_MANAGER = "manager_ServerManager";

  /** A notification for one session. */
  record Notification(String sessionId, JsonObject params) {}

  /** What a request answers (a result or an error) and the notifications that follow it. */
  record Outcome(JsonObject result, JsonObject error, List<Notification> notifications) {}

  private record MediaObject(String id, String type, String pipeline, JsonObject params) {}

  private record Subscription(String sessionId, String object, String type) {}

  private static final List<String> MEDIA_TYPES = List.of("AUDIO", "VIDEO", "DATA");

  private final Map<String, MediaObject> objects = new LinkedHashMap<>();
  private final Map<String, MediaObject> made = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> sources = new HashMap<>();
  private final Map<String, String> recorderStates = new HashMap<>();
  private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
  private final Set<String> sessions = new HashSet<>();
  private final Set<String> negotiated = new HashSet<>();
  private final Map<String, String> playerStates = new HashMap<>();
  private final Set<String> pausedPlayers = new HashSet<>();
  private final Set<String> refused = new HashSet<>();

  /**
   * From now on, creating objects of this type fails as KMS fails when it runs out of resources.
   */
  void refuse(String type) {
    refused.add(type);
  }

  Outcome handle(String sessionId, String method, JsonObject params) {
    return switch (method) {
      case "ping" -> ok(sessionId, value("pong"));
      case "connect" -> connect(sessionId, params);
      case "closeSession" -> ok(sessionId, new JsonObject());
      case "create" -> create(sessionId, params);
      case "invoke" -> invoke(sessionId, params);
      case "subscribe" -> subscribe(sessionId, params);
      case "unsubscribe" -> unsubscribe(sessionId, params);
      case "release" -> release(sessionId, params.get("object").getAsString());
      case "describe" -> describe(sessionId, params.get("object").getAsString());
      default -> error(-32601, "Method not found: " + method, "METHOD_NOT_FOUND");
    };
  }

  /**
   * The session a request belongs to: its {@code sessionId} when known, else that of its connection
   * ({@code connectionSession}, null for none yet), else a new one.
   */
  String session(JsonObject params, String connectionSession) {
    if (params != null && params.has("sessionId") && sessions.contains(sessionId(params))) {
      return sessionId(params);
    }
    if (connectionSession != null && sessions.contains(connectionSession)) {
      return connectionSession;
    }
    String id = UUID.randomUUID().toString();
    sessions.add(id);
    return id;
  }

  /** An event fired by {@code object}, for the sessions subscribed to that type on it. */
  List<Notification> fire(String object, String type, JsonObject extraData) {
    JsonObject data = extraData.deepCopy();
    data.addProperty("source", object);
    data.add("tags", new JsonArray());
    data.addProperty("timestampMillis", Long.toString(System.currentTimeMillis()));
    if (!data.has("type")) {
      data.addProperty("type", type);
    }
    List<Notification> out = new ArrayList<>();
    for (Subscription s : subscriptions.values()) {
      if (s.object().equals(object) && s.type().equals(type)) {
        JsonObject value = new JsonObject();
        value.add("data", data);
        value.addProperty("object", object);
        value.addProperty("type", type);
        JsonObject params = new JsonObject();
        params.add("value", value);
        out.add(new Notification(s.sessionId(), params));
      }
    }
    return out;
  }

  List<String> live(String type) {
    return objects.values().stream().filter(o -> o.type().equals(type)).map(o -> o.id()).toList();
  }

  /** The element whose audio {@code sink} receives, or null. */
  String sourceOf(String sink) {
    return sourceOf(sink, "AUDIO");
  }

  String sourceOf(String sink, String mediaType) {
    return sources.getOrDefault(sink, Map.of()).get(mediaType);
  }

  /**
   * Where the audio {@code sink} receives comes from: the endpoints and players whose media reaches
   * it, directly or mixed by hubs (a port sends what the hub's other ports receive).
   */
  Set<String> hears(String sink) {
    Set<String> origins = new TreeSet<>();
    collect(sourceOf(sink), origins, new HashSet<>());
    return origins;
  }

  private void collect(String source, Set<String> origins, Set<String> seen) {
    if (source == null || !seen.add(source)) {
      return;
    }
    MediaObject o = objects.get(source);
    if (o == null || !o.type().equals("HubPort")) {
      origins.add(source);
      return;
    }
    String hub = o.params().get("hub").getAsString();
    for (MediaObject port : objects.values()) {
      if (port.type().equals("HubPort")
          && !port.id().equals(source)
          && hub.equals(port.params().get("hub").getAsString())) {
        collect(sourceOf(port.id()), origins, seen);
      }
    }
  }

  /** Ids of every object of a type ever made, released ones too, in the order they were made. */
  List<String> made(String type) {
    return made.values().stream().filter(o -> o.type().equals(type)).map(o -> o.id()).toList();
  }

  /** A constructor parameter of an object ever made (a recorder's {@code uri} …), or null. */
  String constructorParam(String object, String name) {
    MediaObject o = made.get(object);
    return o == null || !o.params().has(name) ? null : o.params().get(name).getAsString();
  }

  /** The last of record, pause, stop, stopAndWait invoked on a recorder, or null. */
  String recorderState(String recorder) {
    return recorderStates.get(recorder);
  }

  String playerState(String player) {
    return playerStates.get(player);
  }

  String pipelineOf(String element) {
    MediaObject o = objects.get(element);
    return o == null ? null : o.pipeline();
  }

  private Outcome connect(String sessionId, JsonObject params) {
    if (params != null && params.has("sessionId") && !sessions.contains(sessionId(params))) {
      return error(40007, "Invalid session", "INVALID_SESSION");
    }
    return ok(sessionId, new JsonObject());
  }

  private Outcome create(String sessionId, JsonObject params) {
    String type = params.get("type").getAsString();
    if (refused.contains(type)) {
      return error(40002, "Cannot create " + type, "NOT_ENOUGH_RESOURCES");
    }
    JsonObject constructor =
        params.has("constructorParams")
            ? params.getAsJsonObject("constructorParams")
            : new JsonObject();
    String id;
    String pipeline;
    if (type.equals("MediaPipeline")) {
      id = UUID.randomUUID() + "_kurento.MediaPipeline";
      pipeline = null;
    } else {
      String parent =
          constructor.has("mediaPipeline")
              ? constructor.get("mediaPipeline").getAsString()
              : constructor.has("hub") ? constructor.get("hub").getAsString() : null;
      if (parent == null || !objects.containsKey(parent)) {
        return notFound(String.valueOf(parent));
      }
      pipeline = parent.contains("/") ? objects.get(parent).pipeline() : parent;
      id = pipeline + "/" + UUID.randomUUID() + "_kurento." + type;
    }
    MediaObject object = new MediaObject(id, type, pipeline, constructor);
    objects.put(id, object);
    made.put(id, object);
    return ok(sessionId, value(id));
  }

  private Outcome invoke(String sessionId, JsonObject params) {
    String object = params.get("object").getAsString();
    String operation = params.get("operation").getAsString();
    JsonObject args =
        params.has("operationParams") ? params.getAsJsonObject("operationParams") : null;
    if (object.equals(SERVER_MANAGER)) {
      return switch (operation) {
        case "getPipelines" -> ok(sessionId, value(ids(live("MediaPipeline"))));
        case "getSessions" -> ok(sessionId, value(ids(List.copyOf(sessions))));
        default -> error(40105, "Operation not supported: " + operation, "NOT_IMPLEMENTED");
      };
    }
    if (!objects.containsKey(object)) {
      return notFound(object);
    }
    if (objects.get(object).type().equals("RecorderEndpoint")) {
      return recorder(sessionId, object, operation);
    }
    return switch (operation) {
      case "processOffer" -> processOffer(sessionId, object, args.get("offer").getAsString());
      case "gatherCandidates" -> gatherCandidates(sessionId, object);
      case "addIceCandidate", "setStunServerAddress", "setStunServerPort", "setTurnUrl" ->
          ok(sessionId, new JsonObject());
      case "connect" -> connectElements(sessionId, object, args);
      case "disconnect" -> disconnectElements(sessionId, object, args);
      case "play", "pause", "stop" -> {
        // As KMS 7.3.0 does with an Ogg file: a paused player's stream stops with an error, and
        // playing it again plays nothing.
        if ("pause".equals(operation)) {
          pausedPlayers.add(object);
        }
        if (!("play".equals(operation) && pausedPlayers.contains(object))) {
          playerStates.put(object, operation);
        }
        yield ok(sessionId, new JsonObject());
      }
      default -> error(40105, "Operation not supported: " + operation, "NOT_IMPLEMENTED");
    };
  }

  private Outcome processOffer(String sessionId, String endpoint, String offer) {
    if (!negotiated.add(endpoint)) {
      return error(40208, "Endpoint already negotiated", "SDP_END_POINT_ALREADY_NEGOTIATED");
    }
    return ok(sessionId, value(PlausibleSdp.answerTo(offer)));
  }

  private Outcome gatherCandidates(String sessionId, String endpoint) {
    JsonObject candidate = new JsonObject();
    candidate.addProperty("__module__", "kurento");
    candidate.addProperty("__type__", "IceCandidate");
    candidate.addProperty("candidate", "candidate:1 1 UDP 2015363327 127.0.0.1 40000 typ host");
    candidate.addProperty("sdpMid", "0");
    candidate.addProperty("sdpMLineIndex", 0);
    JsonObject data = new JsonObject();
    data.add("candidate", candidate);
    List<Notification> events = new ArrayList<>(fire(endpoint, "IceCandidateFound", data));
    events.addAll(fire(endpoint, "IceGatheringDone", new JsonObject()));
    return new Outcome(sessionResult(sessionId, new JsonObject()), null, events);
  }

  private Outcome recorder(String sessionId, String recorder, String operation) {
    String event =
        switch (operation) {
          case "record" -> "Recording";
          case "pause" -> "Paused";
          case "stop", "stopAndWait" -> "Stopped";
          default -> null;
        };
    if (event == null) {
      return error(40105, "Operation not supported: " + operation, "NOT_IMPLEMENTED");
    }
    recorderStates.put(recorder, operation);
    return new Outcome(
        sessionResult(sessionId, new JsonObject()), null, fire(recorder, event, new JsonObject()));
  }

  private Outcome connectElements(String sessionId, String source, JsonObject args) {
    String sink = args.get("sink").getAsString();
    if (!objects.containsKey(sink)) {
      return notFound(sink);
    }
    for (String type : mediaTypes(args)) {
      sources.computeIfAbsent(sink, s -> new HashMap<>()).put(type, source);
    }
    return ok(sessionId, new JsonObject());
  }

  private Outcome disconnectElements(String sessionId, String source, JsonObject args) {
    Map<String, String> of = sources.get(args.get("sink").getAsString());
    if (of != null) {
      mediaTypes(args).forEach(type -> of.remove(type, source));
    }
    return ok(sessionId, new JsonObject());
  }

  /** The media types a connect or disconnect names: all of them when it names none. */
  private static List<String> mediaTypes(JsonObject args) {
    return args.has("mediaType") ? List.of(args.get("mediaType").getAsString()) : MEDIA_TYPES;
  }

  private Outcome subscribe(String sessionId, JsonObject params) {
    String object = params.get("object").getAsString();
    if (!objects.containsKey(object) && !object.equals(SERVER_MANAGER)) {
      return notFound(object);
    }
    String id = UUID.randomUUID().toString();
    subscriptions.put(id, new Subscription(sessionId, object, params.get("type").getAsString()));
    return ok(sessionId, value(id));
  }

  private Outcome unsubscribe(String sessionId, JsonObject params) {
    subscriptions.remove(params.get("subscription").getAsString());
    return ok(sessionId, new JsonObject());
  }

  private Outcome release(String sessionId, String object) {
    if (!objects.containsKey(object)) {
      return notFound(object);
    }
    List<String> gone =
        objects.values().stream()
            .filter(o -> o.id().equals(object) || object.equals(o.pipeline()))
            .map(o -> o.id())
            .toList();
    for (String id : gone) {
      objects.remove(id);
      negotiated.remove(id);
      playerStates.remove(id);
      pausedPlayers.remove(id);
      sources.remove(id);
      sources.values().forEach(of -> of.values().removeIf(id::equals));
      subscriptions.values().removeIf(s -> s.object().equals(id));
    }
    return ok(sessionId, new JsonObject());
  }

  private Outcome describe(String sessionId, String object) {
    MediaObject o = objects.get(object);
    if (o == null) {
      return notFound(object);
    }
    JsonObject result = new JsonObject();
    result.addProperty("type", o.type());
    result.addProperty("qualifiedType", "kurento." + o.type());
    result.add("hierarchy", new JsonArray());
    return ok(sessionId, result);
  }

  private static String sessionId(JsonObject params) {
    return params.get("sessionId").getAsString();
  }

  private static JsonObject value(String value) {
    JsonObject result = new JsonObject();
    result.addProperty("value", value);
    return result;
  }

  private static JsonObject value(JsonElement value) {
    JsonObject result = new JsonObject();
    result.add("value", value);
    return result;
  }

  private static JsonArray ids(List<String> ids) {
    JsonArray array = new JsonArray();
    ids.forEach(array::add);
    return array;
  }

  private static Outcome ok(String sessionId, JsonObject result) {
    return new Outcome(sessionResult(sessionId, result), null, List.of());
  }

  private static JsonObject sessionResult(String sessionId, JsonObject result) {
    result.addProperty("sessionId", sessionId);
    return result;
  }

  private static Outcome notFound(String object) {
    return error(40101, "Object '" + object + "' not found", "MEDIA_OBJECT_NOT_FOUND");
  }

  private static Outcome error(int code, String message, String type) {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    JsonObject data = new JsonObject();
    data.addProperty("type", type);
    error.add("data", data);
    return new Outcome(null, error, List.of());
  }
}
