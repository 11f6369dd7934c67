package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, logs in to the Angular app as each role and must land in that role's
 * area; a role's area is closed to the others (see {@link Chromium}).
 */
@ExtendWith(SharedServer.class)
class LoginBrowserIT {

  private ParleyServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser(ParleyServer server) {
    this.server = server;
    browser = Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "admin, /admin, Administration",
    "supervisor, /supervisor, Supervisor dashboard",
    "agent1, /agent, Agent workstation"
  })
  void eachRoleLogsInAndReachesItsArea(String username, String path, String title)
      throws IOException {
    logIn(username);

    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=area-title]"), title));
    assertThat(browser.getCurrentUrl()).endsWith(path);
    assertThat(browser.findElement(By.cssSelector("[data-testid=current-user]")).getText())
        .isNotBlank();
    screenshot(username);

    browser.findElement(By.cssSelector("[data-testid=logout]")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void anAgentCannotOpenTheAdminArea() {
    logIn("agent1");
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("[data-testid=area-title]"), "Agent workstation"));

    browser.get(server.baseUri().resolve("admin").toString());

    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("[data-testid=area-title]"), "Agent workstation"));
    assertThat(browser.getCurrentUrl()).endsWith("/agent");
  }

  @Test
  void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
    Chromium.logIn(browser, wait, server.baseUri(), "agent1", "wrong-password");

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-error]")));
    assertThat(browser.getCurrentUrl()).contains("/login");
  }

  private void logIn(String username) {
    Chromium.logIn(browser, wait, server.baseUri(), username, PASSWORD);
  }

  private void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
