package dev.parley.media.kurento;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A test double of Kurento Media Server at its protocol boundary: a WebSocket server on 127.0.0.1
 * that speaks the Kurento JSON-RPC 2.0 protocol as the real {@code kurento-client} uses it ({@code
 * ping}, {@code connect}, {@code create}, {@code invoke}, {@code subscribe}, {@code unsubscribe},
 * {@code release}, {@code describe}, and {@code onEvent} notifications), with the media objects
 * kept by {@link FakeKms}. It records every request, can fire events the way KMS does, and can be
 * stopped and started again on the same port (KMS gone, KMS restarted empty).
 */
public final class KurentoProtocolDouble implements AutoCloseable {

  private static final AttributeKey<String> SESSION = AttributeKey.valueOf("kurentoSession");

  private final int port;
  private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private EventLoopGroup group;
  private Channel server;
  private FakeKms kms = new FakeKms();

  private KurentoProtocolDouble(int port) {
    this.port = port;
  }

  /** A double not listening yet: Kurento is unreachable at {@link #url()} until {@link #start}. */
  public static KurentoProtocolDouble stopped() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new KurentoProtocolDouble(probe.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KurentoProtocolDouble started() {
    KurentoProtocolDouble kurento = stopped();
    kurento.start();
    return kurento;
  }

  public String url() {
    return "ws://127.0.0.1:" + port + "/kurento";
  }

  /** Listens (again), with no media objects and no sessions: a freshly started KMS. */
  public synchronized void start() {
    kms = new FakeKms();
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    connections.add(channel);
                    channel
                        .pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(65536))
                        .addLast(new WebSocketServerCompressionHandler(0))
                        .addLast(
                            new WebSocketServerProtocolHandler("/kurento", null, true, 1 << 20))
                        .addLast(new WebSocketFrameAggregator(1 << 20))
                        .addLast(new Requests());
                  }
                })
            .bind("127.0.0.1", port)
            .syncUninterruptibly()
            .channel();
  }

  /** Kurento goes away: every connection is dropped and nothing listens any more. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.close().syncUninterruptibly();
    connections.close().syncUninterruptibly();
    group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
    server = null;
  }

  @Override
  public void close() {
    stop();
  }

  /** Every request received since the double was made, across restarts, in arrival order. */
  public List<JsonObject> requests() {
    return List.copyOf(requests);
  }

  /** Requests with this method ({@code create}, {@code invoke}, …), their {@code params}. */
  public List<JsonObject> requests(String method) {
    return requests.stream()
        .filter(r -> r.get("method").getAsString().equals(method))
        .map(r -> r.getAsJsonObject("params"))
        .toList();
  }

  /** {@code invoke} requests of one operation ({@code processOffer}, {@code connect}, …). */
  List<JsonObject> invocations(String operation) {
    return requests("invoke").stream()
        .filter(p -> p.get("operation").getAsString().equals(operation))
        .toList();
  }

  /** Ids of the objects of a type ({@code WebRtcEndpoint}, …) that exist now. */
  public synchronized List<String> live(String type) {
    return kms.live(type);
  }

  /** The element whose audio a sink receives now, or null. */
  synchronized String sourceOf(String sink) {
    return kms.sourceOf(sink);
  }

  /**
   * The element whose {@code mediaType} ({@code AUDIO}, {@code VIDEO}) a sink receives, or null.
   */
  synchronized String sourceOf(String sink, String mediaType) {
    return kms.sourceOf(sink, mediaType);
  }

  /**
   * The endpoints and players whose audio reaches {@code sink} now, directly or mixed by a hub:
   * what a party hears, what a recorder records.
   */
  public synchronized Set<String> hears(String sink) {
    return kms.hears(sink);
  }

  /** Ids of every object of a type made since the last start, released ones too, in order. */
  synchronized List<String> made(String type) {
    return kms.made(type);
  }

  /** A constructor parameter of an object made since the last start, or null. */
  synchronized String constructorParam(String object, String name) {
    return kms.constructorParam(object, name);
  }

  /** The last of record, pause, stop, stopAndWait invoked on a recorder, or null. */
  synchronized String recorderState(String recorder) {
    return kms.recorderState(recorder);
  }

  /**
   * The last of play, pause, stop invoked on a player, or null; a player once paused never plays
   * again (as on KMS 7.3.0).
   */
  synchronized String playerState(String player) {
    return kms.playerState(player);
  }

  /** Makes creating objects of {@code type} fail from now on (until a restart). */
  synchronized void refuse(String type) {
    kms.refuse(type);
  }

  synchronized String pipelineOf(String element) {
    return kms.pipelineOf(element);
  }

  /**
   * Fires an event as KMS does: an {@code onEvent} to the sessions subscribed to it. KMS 7.3.0
   * raises an element's {@code Error} on that element, not on its pipeline.
   */
  void fire(String object, String type, JsonObject data) {
    List<FakeKms.Notification> notifications;
    synchronized (this) {
      notifications = kms.fire(object, type, data);
    }
    notifications.forEach(this::send);
  }

  private void handle(Channel channel, String text) {
    JsonObject request = JsonParser.parseString(text).getAsJsonObject();
    requests.add(request);
    JsonObject params = request.has("params") ? request.getAsJsonObject("params") : null;
    FakeKms.Outcome outcome;
    synchronized (this) {
      String session = kms.session(params, channel.attr(SESSION).get());
      channel.attr(SESSION).set(session);
      outcome = kms.handle(session, request.get("method").getAsString(), params);
    }
    JsonElement id = request.get("id");
    if (id != null) {
      JsonObject response = new JsonObject();
      response.addProperty("jsonrpc", "2.0");
      response.add("id", id);
      if (outcome.error() != null) {
        response.add("error", outcome.error());
      } else {
        response.add("result", outcome.result());
      }
      channel.writeAndFlush(new TextWebSocketFrame(response.toString()));
    }
    outcome.notifications().forEach(this::send);
  }

  private void send(FakeKms.Notification notification) {
    JsonObject message = new JsonObject();
    message.addProperty("jsonrpc", "2.0");
    message.addProperty("method", "onEvent");
    message.add("params", notification.params());
    for (Channel channel : connections) {
      if (notification.sessionId().equals(channel.attr(SESSION).get())) {
        channel.writeAndFlush(new TextWebSocketFrame(message.toString()));
      }
    }
  }

  private final class Requests extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
      handle(ctx.channel(), frame.text());
    }
  }
}
