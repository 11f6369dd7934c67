package dev.parley.channels.email.smtp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetSocketAddress;
import org.apache.james.protocols.api.Protocol;
import org.apache.james.protocols.netty.BasicChannelInboundHandler;
import org.apache.james.protocols.netty.Encryption;
import org.apache.james.protocols.netty.HandlerConstants;
import org.apache.james.protocols.netty.ProtocolMDCContextFactory;
import org.apache.james.protocols.netty.TimeoutHandler;

/**
 * One listening socket serving a James {@link Protocol} over Netty. Every handler of a connection
 * runs on that connection's event loop, so a line is fully handled (a DATA begun, a STARTTLS
 * handshake set up) before the next one is framed.
 *
 * <p>In place of James's {@code NettyServer}, which starts an event-loop group per server that it
 * never shuts down: the groups here belong to {@link MailListener}, which closes them on stop.
 */
final class NettyListener {

  private final Channel server;

  /** The accepted connections now open (closed ones leave the group by themselves). */
  private final ChannelGroup clients;

  private NettyListener(Channel server, ChannelGroup clients) {
    this.server = server;
    this.clients = clients;
  }

  static NettyListener bind(
      InetSocketAddress address,
      Protocol protocol,
      Encryption startTls,
      ListenerSettings settings,
      EventLoopGroup accept,
      EventLoopGroup io)
      throws InterruptedException {
    int idleSeconds = (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toSeconds());
    ChannelGroup clients = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(accept, io)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 250)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    clients.add(channel);
                    ChannelPipeline pipeline = channel.pipeline();
                    pipeline.addLast(
                        HandlerConstants.TIMEOUT_HANDLER, new TimeoutHandler(idleSeconds));
                    pipeline.addLast(HandlerConstants.CHUNK_HANDLER, new ChunkedWriteHandler());
                    pipeline.addLast(
                        HandlerConstants.FRAMER, new LineFramer(settings.maxLineLength()));
                    pipeline.addLast(
                        HandlerConstants.CORE_HANDLER,
                        new BasicChannelInboundHandler(
                            new ProtocolMDCContextFactory.Standard(), protocol, startTls, false));
                  }
                });
    return new NettyListener(bootstrap.bind(address).sync().channel(), clients);
  }

  int port() {
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** Stops accepting, then closes every open connection (not left to the event loops' end). */
  void close() {
    server.close().syncUninterruptibly();
    clients.close().awaitUninterruptibly();
  }
}
