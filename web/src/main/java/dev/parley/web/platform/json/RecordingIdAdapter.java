package dev.parley.web.platform.json;

import dev.parley.routing.api.id.RecordingId;
import jakarta.json.bind.adapter.JsonbAdapter;

/** A recording's id is its text in JSON, as every other id of the API. */
public class RecordingIdAdapter implements JsonbAdapter<RecordingId, String> {

  @Override
  public String adaptToJson(RecordingId id) {
    return id.value();
  }

  @Override
  public RecordingId adaptFromJson(String value) {
    return RecordingId.of(value);
  }
}
