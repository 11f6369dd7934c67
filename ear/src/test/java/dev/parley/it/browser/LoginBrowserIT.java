package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, logs in to the Angular app as each role and must land in that
 * role's area; a role's area is closed to the others. Needs the packages chromium and
 * chromium-driver ({@code .ci/run} installs them).
 */
@ExtendWith(SharedServer.class)
class LoginBrowserIT {

  static final String CHROMIUM = System.getProperty("parley.it.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("parley.it.chromedriver", "/usr/bin/chromedriver");

  private ParleyServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser(ParleyServer server) {
    this.server = server;
    assertThat(new File(CHROMIUM).canExecute()).as("Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)").isTrue();
    assertThat(new File(CHROMEDRIVER).canExecute()).as("ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)").isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    browser = new ChromeDriver(service, options);
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
  void eachRoleLogsInAndReachesItsArea(String username, String path, String title) throws IOException {
    logIn(username);

    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=area-title]"), title));
    assertThat(browser.getCurrentUrl()).endsWith(path);
    assertThat(browser.findElement(By.cssSelector("[data-testid=current-user]")).getText()).isNotBlank();
    screenshot(username);

    browser.findElement(By.cssSelector("[data-testid=logout]")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void anAgentCannotOpenTheAdminArea() {
    logIn("agent1");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=area-title]"), "Agent workstation"));

    browser.get(server.baseUri().resolve("admin").toString());

    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=area-title]"), "Agent workstation"));
    assertThat(browser.getCurrentUrl()).endsWith("/agent");
  }

  @Test
  void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
    browser.get(server.baseUri().resolve("login").toString());
    type("username", "agent1");
    type("password", "wrong-password");
    browser.findElement(By.cssSelector("[data-testid=login-submit]")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-error]")));
    assertThat(browser.getCurrentUrl()).contains("/login");
  }

  private void logIn(String username) {
    browser.get(server.baseUri().resolve("login").toString());
    type("username", username);
    type("password", PASSWORD);
    browser.findElement(By.cssSelector("[data-testid=login-submit]")).click();
  }

  private void type(String id, String text) {
    var field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private void screenshot(String name) throws IOException {
    Path dir = Paths.get(System.getProperty("parley.it.dir", "target/it"), "screenshots");
    Files.createDirectories(dir);
    File shot = ((WebDriver & org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
