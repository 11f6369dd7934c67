package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.RoutingSettingsDefinition;
import dev.parley.routing.core.RoutingSettings;
import dev.parley.routing.store.RoutingSettingsEntity;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsMappingTest {

  private static Map<String, Integer> all(int voice) {
    Map<String, Integer> w = new HashMap<>(Map.of("voice", voice, "VIDEO", 3, "Chat", 2, "SMS", 1));
    w.put(" EMAIL ", 0);
    return w;
  }

  @Test
  void weightsNameEveryChannelCaseInsensitively() {
    assertThat(SettingsMapping.checkedWeights(all(9)))
        .containsEntry(Channel.VOICE, 9)
        .containsEntry(Channel.CHAT, 2)
        .containsEntry(Channel.EMAIL, 0)
        .hasSize(Channel.values().length);
  }

  @Test
  void missingUnknownDuplicateOrOutOfRangeWeightsAreRefusedWithTheReason() {
    Map<String, Integer> missing = all(9);
    missing.remove("SMS");
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(missing))
        .hasMessageContaining("every channel");
    Map<String, Integer> unknown = all(9);
    unknown.put("FAX", 1);
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(unknown))
        .hasMessageContaining("unknown channel 'FAX'");
    Map<String, Integer> twice = all(9);
    twice.put("VOICE", 4);
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(twice))
        .hasMessageContaining("named twice");
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(all(-1)))
        .hasMessageContaining("0 to 100000");
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(all(100_001)))
        .hasMessageContaining("0 to 100000");
    assertThatThrownBy(() -> SettingsMapping.checkedWeights(null)).hasMessageContaining("required");
  }

  @Test
  void aStoredRowBecomesTheEnginesSettingsAndTheAdminsView() {
    RoutingSettingsEntity row = new RoutingSettingsEntity(RoutingSettingsEntity.ID);
    SettingsMapping.write(row, SettingsMapping.checkedWeights(all(7)), 0.5, 2);

    RoutingSettings engine = SettingsMapping.toSettings(row);
    assertThat(engine.weight(Channel.VOICE)).isEqualTo(7);
    assertThat(engine.agingPerSecond()).isEqualTo(0.5);
    assertThat(engine.noAnswerLimit()).isEqualTo(2);
    assertThat(engine.headScanDepth()).isEqualTo(RoutingSettings.DEFAULT.headScanDepth());
    assertThat(SettingsMapping.toDefinition(row).channelWeights())
        .containsExactly(
            Map.entry("VOICE", 7),
            Map.entry("VIDEO", 3),
            Map.entry("CHAT", 2),
            Map.entry("EMAIL", 0),
            Map.entry("SMS", 1),
            Map.entry("VOICEMAIL", 150));
  }

  @Test
  void voicemailMayBeLeftOutAndThenKeepsItsDefaultWeight() {
    assertThat(SettingsMapping.checkedWeights(all(9))).containsEntry(Channel.VOICEMAIL, 150);
    Map<String, Integer> named = all(9);
    named.put("voicemail", 40);
    assertThat(SettingsMapping.checkedWeights(named)).containsEntry(Channel.VOICEMAIL, 40);
  }

  @Test
  void agingAndTheNoAnswerLimitAreCheckedWithTheWeights() {
    assertThat(SettingsMapping.checked(new RoutingSettingsDefinition(all(9), 1000, 100)))
        .containsEntry(Channel.VOICE, 9);
    assertThatThrownBy(
            () -> SettingsMapping.checked(new RoutingSettingsDefinition(all(9), -0.5, 3)))
        .hasMessageContaining("agingPerSecond must be 0 to 1000");
    assertThatThrownBy(
            () -> SettingsMapping.checked(new RoutingSettingsDefinition(all(9), Double.NaN, 3)))
        .hasMessageContaining("agingPerSecond");
    assertThatThrownBy(() -> SettingsMapping.checked(new RoutingSettingsDefinition(all(9), 1, 101)))
        .hasMessageContaining("noAnswerLimit must be 0 to 100");
  }
}
