package dev.parley.it.support;

/** The demo accounts Parley creates on its embedded default (see the README). */
public final class DemoAccounts {
  public static final String PASSWORD = "parley-demo";
  public static final String ADMIN = "admin";
  public static final String SUPERVISOR = "supervisor";
  public static final String AGENT = "agent1";

  private DemoAccounts() {}
}
