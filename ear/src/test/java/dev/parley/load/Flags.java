package dev.parley.load;

import java.util.Map;

/** Reading the load tools' {@code --name value} flags. */
public final class Flags {

  private Flags() {}

  /**
   * Takes {@code --name} out of {@code flags}: a whole number in {@code min..max}, {@code dflt}
   * when not given.
   *
   * @throws IllegalArgumentException not a whole number, or out of range
   */
  public static int bounded(Map<String, String> flags, String name, int dflt, int min, int max) {
    String v = flags.remove(name);
    int n;
    try {
      n = v == null ? dflt : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, was " + v);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          "--" + name + " must be " + min + ".." + max + ", was " + n);
    }
    return n;
  }
}
