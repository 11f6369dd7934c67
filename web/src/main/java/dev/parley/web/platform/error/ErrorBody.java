package dev.parley.web.platform.error;

import java.util.List;

/** The JSON body of every error response: a message and, for invalid input, the details. */
public record ErrorBody(String error, List<String> details) {
  public ErrorBody(String error) {
    this(error, List.of());
  }

  public ErrorBody {
    details = details == null ? List.of() : List.copyOf(details);
  }
}
