package dev.parley.routing.store;

import dev.parley.routing.api.Channel;
import dev.parley.routing.reference.SettingsMapping;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row of {@code routing_settings} (V4__routing_settings.sql); see {@link
 * SettingsMapping}.
 */
@Entity
@Table(name = "routing_settings")
public class RoutingSettingsEntity {
  /** The only row's id (the table allows no other). */
  public static final int ID = 1;

  @Id private int id;

  @Column(name = "voice_weight", nullable = false)
  int voiceWeight;

  @Column(name = "video_weight", nullable = false)
  int videoWeight;

  @Column(name = "chat_weight", nullable = false)
  int chatWeight;

  @Column(name = "sms_weight", nullable = false)
  int smsWeight;

  @Column(name = "email_weight", nullable = false)
  int emailWeight;

  @Column(name = "voicemail_weight", nullable = false)
  int voicemailWeight;

  @Column(name = "aging_per_second", nullable = false)
  private double agingPerSecond;

  @Column(name = "no_answer_limit", nullable = false)
  private int noAnswerLimit;

  @Version private long version;

  protected RoutingSettingsEntity() {}

  public RoutingSettingsEntity(int id) {
    this.id = id;
  }

  public double agingPerSecond() {
    return agingPerSecond;
  }

  public int noAnswerLimit() {
    return noAnswerLimit;
  }

  /** Sets the engine-wide aging and no-answer limit (checked by the caller). */
  public void setAging(double agingPerSecond, int noAnswerLimit) {
    this.agingPerSecond = agingPerSecond;
    this.noAnswerLimit = noAnswerLimit;
  }

  public int weight(Channel c) {
    return switch (c) {
      case VOICE -> voiceWeight;
      case VIDEO -> videoWeight;
      case CHAT -> chatWeight;
      case SMS -> smsWeight;
      case EMAIL -> emailWeight;
      case VOICEMAIL -> voicemailWeight;
    };
  }

  public void setWeight(Channel c, int w) {
    switch (c) {
      case VOICE -> voiceWeight = w;
      case VIDEO -> videoWeight = w;
      case CHAT -> chatWeight = w;
      case SMS -> smsWeight = w;
      case EMAIL -> emailWeight = w;
      case VOICEMAIL -> voicemailWeight = w;
    }
  }
}
