package dev.parley.web.auth.rest;

/** Credentials posted to {@code /api/auth/login}. */
public record LoginRequest(String username, String password) {
  @Override
  public String toString() {
    return "LoginRequest[username=" + username + "]";
  }
}
