package dev.parley.media.spi;

import dev.parley.call.CallSignal;
import dev.parley.routing.api.id.ContactId;
import java.util.List;

/** Where a {@link MediaBackend} sends what browsers must hear from the media side. */
public interface MediaListener {

  /** A signaling message for party {@code to} from peer {@code from}. */
  void signal(ContactId call, String to, String from, CallSignal signal);

  /**
   * The call's media failed (Kurento gone or an element error): its parties are told and the
   * contact is marked; the backend has already released what it could.
   */
  void failed(ContactId call, String reason);

  /**
   * The call's recorders stopped (hang-up, close, failure) and these files are complete: the whole
   * call first, then one per party (in the order they started). Called once per recording, on a
   * media thread, before {@link #failed} when the media failed. After a loss of the media server
   * the files hold what it wrote until then; a file whose recorder never received media may be
   * empty.
   */
  void recorded(ContactId call, List<RecordedFile> files);
}
