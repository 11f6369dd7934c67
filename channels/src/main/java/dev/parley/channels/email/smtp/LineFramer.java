package dev.parley.channels.email.smtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.apache.james.protocols.api.ProtocolSession;
import org.apache.james.protocols.api.ProtocolSession.State;
import org.apache.james.protocols.netty.BasicChannelInboundHandler;
import org.apache.james.protocols.smtp.core.DataCmdHandler;

/**
 * Cuts the byte stream into lines ending in LF, delimiter kept, one line per decode so the protocol
 * sees each line before the next is cut (what DATA and STARTTLS change applies to the next line).
 *
 * <p>A command line longer than {@code maxLineLength} is discarded up to its end and answered 500
 * by James; a message line that long is passed on in pieces, so no byte of a message is lost to
 * framing and memory stays bounded (the size limit bounds the whole message). A client that sends
 * anything behind STARTTLS before the handshake (a command injection, CVE-2011-0411) is
 * disconnected.
 */
final class LineFramer extends ByteToMessageDecoder {

  private static final Logger LOG = Logger.getLogger(LineFramer.class.getName());
  private static final byte LF = '\n';

  private final int maxLineLength;
  private boolean discarding;

  LineFramer(int maxLineLength) {
    this.maxLineLength = maxLineLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int end = in.indexOf(in.readerIndex(), in.writerIndex(), LF);
    if (discarding) {
      if (end < 0) {
        in.skipBytes(in.readableBytes());
      } else {
        in.readerIndex(end + 1);
        discarding = false;
        ctx.fireExceptionCaught(new TooLongFrameException("line over " + maxLineLength));
      }
      return;
    }
    int length = end < 0 ? in.readableBytes() : end + 1 - in.readerIndex();
    if (inData(ctx)) {
      if (end >= 0 || length >= maxLineLength) {
        out.add(in.readRetainedSlice(Math.min(length, maxLineLength)));
      }
      return;
    }
    if (length > maxLineLength) {
      in.skipBytes(end < 0 ? in.readableBytes() : length);
      if (end < 0) {
        discarding = true;
      } else {
        ctx.fireExceptionCaught(new TooLongFrameException("line over " + maxLineLength));
      }
      return;
    }
    if (end < 0) {
      return;
    }
    ByteBuf line = in.readRetainedSlice(length);
    if (in.isReadable() && isStartTls(line)) {
      line.release();
      in.skipBytes(in.readableBytes());
      LOG.warning(
          () ->
              "event=email.listener.refused client=%s why=command-injection-after-starttls"
                  .formatted(ctx.channel().remoteAddress()));
      ctx.close();
      return;
    }
    out.add(line);
  }

  private static boolean isStartTls(ByteBuf line) {
    return line.toString(StandardCharsets.US_ASCII).strip().equalsIgnoreCase("STARTTLS");
  }

  /** Whether the session is between DATA's 354 and the end of data. */
  private static boolean inData(ChannelHandlerContext ctx) {
    ProtocolSession session =
        (ProtocolSession)
            ctx.channel().attr(BasicChannelInboundHandler.SESSION_ATTRIBUTE_KEY).get();
    return session != null
        && session.getAttachment(DataCmdHandler.MAILENV, State.Transaction).isPresent();
  }
}
