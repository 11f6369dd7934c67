package dev.parley.platform.config;

/**
 * Start-up checks of settings read through MicroProfile Config: a value out of range stops the
 * deployment with a message that names the setting, its environment variable and the range, so an
 * operator knows what to change.
 */
public final class Settings {
  private Settings() {}

  /**
   * @throws IllegalStateException when {@code value} is outside {@code min..max}
   */
  public static long require(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalStateException(
          "setting %s (environment %s) must be between %d and %d, not %d"
              .formatted(name, environmentName(name), min, max, value));
    }
    return value;
  }

  /**
   * The environment variable MicroProfile Config reads for {@code name}: upper case, _ for . and -.
   */
  public static String environmentName(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }
}
