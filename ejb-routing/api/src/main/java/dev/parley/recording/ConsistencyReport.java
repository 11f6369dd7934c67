package dev.parley.recording;

import java.util.List;

/**
 * What the check of files against metadata found: recordings whose file is gone (now MISSING),
 * files no recording owns (left in place for an administrator, paths relative to the recordings
 * directory).
 */
public record ConsistencyReport(List<String> missing, List<String> orphans, int checked) {

  public boolean clean() {
    return missing.isEmpty() && orphans.isEmpty();
  }
}
