package dev.parley.recording.internal;

import dev.parley.recording.RecordingKind;
import dev.parley.recording.RecordingState;
import dev.parley.recording.RecordingView;
import dev.parley.recording.VoicemailLeft;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a voicemail message that became READY into a VOICEMAIL contact in the queue of the call
 * that left it, for the same customer, so the agent sees the caller's history
 * (docs/adr/0020-voicemail.md). Routing stores the contact in its own transaction; the link from
 * the recording to the contact is written after, then {@link VoicemailLeft} is fired for the e-mail
 * channel's notice. A message that could not be played (FAILED) becomes no contact.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VoicemailContacts {

  private static final Logger LOG = Logger.getLogger(VoicemailContacts.class.getName());

  @EJB RecordingsBean recordings;

  @EJB RoutingService routing;

  @Inject Event<VoicemailLeft> left;

  /** Called by the assembly once recording {@code id} is in its final state. */
  public void assembled(String id) {
    RecordingView v = recordings.find(RecordingId.of(id)).orElse(null);
    if (v == null || v.kind() != RecordingKind.VOICEMAIL || v.state() != RecordingState.READY) {
      return;
    }
    if (recordings.voicemailContactOf(id) != null) {
      return;
    }
    try {
      String customer =
          v.customerAddress() == null || v.customerAddress().isBlank()
              ? "voicemail"
              : v.customerAddress();
      ContactView contact =
          routing.receive(
              new NewContact(Channel.VOICEMAIL, v.queue(), customer, 0, Direction.INBOUND)
                  .from("voicemail:" + id));
      recordings.linkVoicemail(id, contact.id());
      // committed: the e-mail channel announces it (a sweep there catches what a stop loses)
      left.fire(new VoicemailLeft(RecordingId.of(id), ContactId.of(contact.id())));
      LOG.info(() -> "event=voicemail.contact recording=%s contact=%s".formatted(id, contact.id()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=voicemail.contact.failed recording=" + id, e);
    }
  }
}
