package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerSettingsTest {

  @Test
  void defaultsListenOnLoopbackForLoopbackRelaysWithoutLmtpOrTls() {
    ListenerSettings settings = ListenerSettings.builder().build();

    assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.relays()).containsExactly("127.0.0.0/8", "::1/128");
    assertThat(settings.lmtpEnabled()).isFalse();
    assertThat(settings.tls()).isEmpty();
    assertThat(settings.acceptedRecipients()).isEmpty();
  }

  @Test
  void namesTheBadSetting() {
    assertThatThrownBy(() -> ListenerSettings.builder().smtpPort(70_000).build())
        .hasMessageContaining("parley.email.smtp.port");
    assertThatThrownBy(() -> ListenerSettings.builder().relays(List.of("10.0.0.0/33")).build())
        .hasMessageContaining("parley.email.relays")
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(
            () -> ListenerSettings.builder().relays(List.of("relay.example.org")).build())
        .hasMessageContaining("parley.email.relays");
    assertThatThrownBy(() -> ListenerSettings.builder().relays(List.of()).build())
        .hasMessageContaining("parley.email.relays");
    assertThatThrownBy(() -> ListenerSettings.builder().maxMessageBytes(10).build())
        .hasMessageContaining("parley.email.max-message-bytes");
    assertThatThrownBy(() -> ListenerSettings.builder().helloName("bad name\r\n").build())
        .hasMessageContaining("parley.email.hello-name");
    assertThatThrownBy(
            () -> ListenerSettings.builder().acceptedRecipients(List.of("not an address")).build())
        .hasMessageContaining("parley.email.accepted-recipients");
    assertThatThrownBy(
            () -> ListenerSettings.builder().maxConnections(10).maxConnectionsPerIp(11).build())
        .hasMessageContaining("parley.email.max-connections-per-ip");
    assertThatThrownBy(
            () -> new ListenerSettings.TlsSettings(Path.of("/nonexistent.p12"), "x", false))
        .hasMessageContaining("parley.email.tls.keystore");
  }

  @Test
  void refusesAKeystoreWithTheWrongPasswordAtStart() {
    ListenerSettings settings =
        ListenerSettings.builder()
            .smtpPort(0)
            .tls(
                new ListenerSettings.TlsSettings(
                    StartTlsTest.resource("listener-test.p12"), "wrong", false))
            .build();

    assertThatThrownBy(() -> MailListener.start(settings, new MailDropDouble()))
        .hasMessageContaining("parley.email.tls.password");
  }

  @Test
  void matchesClientsByIpv4AndIpv6Networks() throws Exception {
    ClientNetworks networks =
        ClientNetworks.parse(
            List.of("10.1.0.0/16", "192.168.7.9", "2001:db8:abcd::/48", "::1/128"));

    assertThat(networks.contains(InetAddress.getByName("10.1.200.3"))).isTrue();
    assertThat(networks.contains(InetAddress.getByName("10.2.0.1"))).isFalse();
    assertThat(networks.contains(InetAddress.getByName("192.168.7.9"))).isTrue();
    assertThat(networks.contains(InetAddress.getByName("192.168.7.10"))).isFalse();
    assertThat(networks.contains(InetAddress.getByName("2001:db8:abcd:12::1"))).isTrue();
    assertThat(networks.contains(InetAddress.getByName("2001:db8:abce::1"))).isFalse();
    assertThat(networks.contains(InetAddress.getByName("::1"))).isTrue();
    assertThat(networks.contains(InetAddress.getByName("127.0.0.1"))).isFalse();
    assertThat(
            ClientNetworks.parse(List.of("0.0.0.0/0")).contains(InetAddress.getByName("8.8.8.8")))
        .isTrue();
  }

  @Test
  void failsToStartOnAPortInUseNamingTheSettings() {
    MailListener first =
        MailListener.start(
            ListenerSettings.builder().smtpPort(0).ioThreads(1).build(), new MailDropDouble());
    try {
      ListenerSettings same =
          ListenerSettings.builder().smtpPort(first.smtpPort()).ioThreads(1).build();
      assertThatThrownBy(() -> MailListener.start(same, new MailDropDouble()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("parley.email.bind-address");
    } finally {
      first.stop();
    }
  }
}
