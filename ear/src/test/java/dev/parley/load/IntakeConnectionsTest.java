package dev.parley.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load generator's response reading (the round trip itself runs in every load run). */
class IntakeConnectionsTest {

  @Test
  void readsABodyWithContentLengthAndLeavesTheNextResponseInTheStream() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"id\":1}\n"
                + "HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\nno");

    assertThat(IntakeConnections.read(in))
        .isEqualTo(new IntakeConnections.Answer(201, "{\"id\":1}\n"));
    assertThat(IntakeConnections.read(in)).isEqualTo(new IntakeConnections.Answer(400, "no"));
  }

  @Test
  void readsAChunkedBody() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\n\r\n");

    assertThat(IntakeConnections.read(in))
        .isEqualTo(new IntakeConnections.Answer(201, "{\"a\":1}"));
  }

  @Test
  void refusesWhatIsNotAWholeHttpResponse() {
    assertThatThrownBy(() -> IntakeConnections.read(stream("SSH-2.0-OpenSSH\r\n\r\n")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                IntakeConnections.read(
                    stream("HTTP/1.1 201 Created\r\nContent-Length: 10\r\n\r\nshort")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> IntakeConnections.read(stream("HTTP/1.1 201 Created\r\n")))
        .isInstanceOf(IOException.class);
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
