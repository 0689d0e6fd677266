package org.alliancekit.report.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the bundled sample's {@code report.html} in a headless Chromium and checks what only a
 * browser can: the sections are there, every chart is laid out with a size, every in-page link
 * leads somewhere, and nothing went wrong on the console. Skipped, with a message on how to install
 * them, when Chromium or its driver is missing.
 */
class ReportPageBrowserTest {
  /**
   * The ids of the page's sections, in page order. A section added to {@code report.peb} gets its
   * id added here.
   */
  private static final List<String> SECTIONS =
      List.of(
          "summary",
          "potential",
          "quadrant",
          "radars",
          "pipeline",
          "attribution",
          "gaps",
          "ventures",
          "scores",
          "motions",
          "findings",
          "registrations",
          "velocity",
          "value-stacks",
          "trends",
          "evidence",
          "planning",
          "programme",
          "problems");

  /** Where Debian, Ubuntu and Google's packages put the browser, in order of preference. */
  private static final List<String> BROWSERS =
      List.of(
          "/usr/bin/chromium",
          "/usr/bin/chromium-browser",
          "/usr/bin/google-chrome",
          "/usr/bin/google-chrome-stable");

  /** Where Debian, Ubuntu and a manual install put the driver, in order of preference. */
  private static final List<String> DRIVERS =
      List.of(
          "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "/usr/local/bin/chromedriver");

  private static final String INSTALL =
      "sudo apt-get install chromium chromium-driver"
          + " (or set CHROME_BINARY and CHROMEDRIVER, as system properties or environment"
          + " variables, to the browser and its driver)";

  /**
   * Run before any script of a page: keeps every uncaught error and rejected promise in {@code
   * window.__pageErrors}, a second record next to the browser's console log.
   */
  private static final String ERROR_TRAP =
      "window.__pageErrors = [];"
          + "window.addEventListener('error', function (e) {"
          + "  window.__pageErrors.push(e.message ? e.message + ' at ' + e.filename + ':' + e.lineno"
          + "    : 'failed to load ' + (e.target && (e.target.src || e.target.href)));"
          + "}, true);"
          + "window.addEventListener('unhandledrejection', function (e) {"
          + "  window.__pageErrors.push('unhandled rejection: ' + e.reason);"
          + "});";

  /**
   * Quiets Selenium's warning that it has no DevTools classes for this Chromium: the test needs
   * none (it sends its one DevTools command through the driver). Held here so the setting stays.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  @TempDir static Path dir;

  private static ChromeDriver driver;
  private static Path page;

  /** Why the tests are skipped, or null when the browser and its driver were found. */
  private static String skipped;

  @BeforeAll
  static void openTheSampleReport() throws IOException {
    Optional<String> browser = locate("CHROME_BINARY", BROWSERS);
    Optional<String> chromedriver = locate("CHROMEDRIVER", DRIVERS);
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      skipped =
          "Skipped the browser test of report.html: no "
              + (browser.isEmpty()
                  ? "Chromium at " + looked("CHROME_BINARY", BROWSERS)
                  : "chromedriver at " + looked("CHROMEDRIVER", DRIVERS))
              + "; install them with "
              + INSTALL;
      System.err.println(skipped);
      return;
    }
    System.setProperty("java.awt.headless", "true");
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    PortfolioReport report = ReportFolder.write(SamplePortfolio.read(), dir.resolve("report"));
    assertFalse(report.hasErrors(), () -> report.problems().toString());
    page = dir.resolve("report").resolve(ReportFolder.PAGE);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.orElseThrow());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver.orElseThrow()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_TRAP));
  }

  @BeforeEach
  void browserFound() {
    assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  /**
   * The path named by the system property or else the environment variable {@code name}, if set;
   * otherwise the first of the standard paths that is an executable file.
   */
  private static Optional<String> locate(String name, List<String> standard) {
    Stream<String> candidates = override(name).map(Stream::of).orElseGet(standard::stream);
    return candidates.filter(path -> Files.isExecutable(Path.of(path))).findFirst();
  }

  /** Where {@link #locate} looked, for the message of a skipped test. */
  private static String looked(String name, List<String> standard) {
    return override(name).map(path -> name + "=" + path).orElse(String.join(", ", standard));
  }

  /** The path set by the system property or else the environment variable {@code name}. */
  private static Optional<String> override(String name) {
    return Optional.ofNullable(System.getProperty(name, System.getenv(name)))
        .filter(path -> !path.isBlank());
  }

  /** Loads a page and returns the errors it met: the console's SEVERE entries, then the trap's. */
  private static List<String> load(Path file) {
    driver.manage().logs().get(LogType.BROWSER); // drops what an earlier page logged
    driver.get(file.toUri().toString());
    return errors();
  }

  /**
   * The errors the current page met since the console log was last read: the console's SEVERE
   * entries, then all the trap's.
   */
  private static List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add("console: " + entry.getMessage());
      }
    }
    Object trapped = driver.executeScript("return window.__pageErrors || ['no error trap'];");
    for (Object error : (List<?>) trapped) {
      errors.add("window: " + error);
    }
    return errors;
  }

  @Test
  void showsEverySectionEveryChartAndNoError() throws IOException {
    List<String> errors = load(page);

    assertEquals(List.of(), errors, "errors while loading the page");
    for (String id : SECTIONS) {
      List<WebElement> found = driver.findElements(By.id(id));
      assertEquals(1, found.size(), () -> "one element with the id " + id);
      assertEquals("section", found.get(0).getTagName(), id);
      assertTrue(found.get(0).isDisplayed(), () -> "section " + id + " is displayed");
    }

    // Charts draws inline SVG elements, each with its own id; an img or canvas would count too.
    List<WebElement> charts =
        driver.findElements(By.cssSelector("main svg:not(svg svg), main img, main canvas"));
    String html = Files.readString(page, UTF_8);
    int drawn = html.split("<svg id='chart", -1).length - 1;
    assertTrue(drawn > 0, "the sample's page has charts");
    assertEquals(drawn, charts.size(), "every chart in the file is an element of the page");
    for (WebElement chart : charts) {
      String name = chart.getTagName() + "#" + chart.getDomAttribute("id");
      assertTrue(chart.isDisplayed(), () -> name + " is displayed");
      Rectangle box = chart.getRect();
      assertTrue(box.getWidth() > 0 && box.getHeight() > 0, () -> name + " has a size, not " + box);
    }

    List<WebElement> links = driver.findElements(By.cssSelector("a[href^='#']"));
    assertFalse(links.isEmpty(), "the page has in-page links");
    for (WebElement link : links) {
      String href = link.getDomAttribute("href");
      String target = URLDecoder.decode(href.substring(1), UTF_8);
      assertFalse(target.isEmpty(), () -> "the link " + link.getText() + " names a target");
      assertEquals(
          1,
          driver.findElements(By.id(target)).size(),
          () -> "the link " + link.getText() + " leads to the one element with the id " + target);
    }
  }

  @Test
  void theErrorCheckSeesAScriptError() throws IOException {
    Path broken = dir.resolve("broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html><body><p>broken</p>"
            + "<script>undefinedFunction();</script></body></html>",
        UTF_8);

    List<String> errors = load(broken);

    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("console: ") && e.contains("undefinedFunction")),
        () -> "the console log reports the error: " + errors);
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("window: ") && e.contains("undefinedFunction")),
        () -> "the error trap reports the error: " + errors);
  }

  @Test
  void sortsTheFindingsBySeverityWithoutAnError() {
    assertEquals(List.of(), load(page), "errors while loading the page");
    WebElement header = driver.findElement(By.id("findings-severity"));
    List<String> mostSevereFirst = severities();
    assertTrue(mostSevereFirst.size() > 1, "the sample has findings");
    assertTrue(
        mostSevereFirst.get(0).compareTo(mostSevereFirst.get(mostSevereFirst.size() - 1)) > 0,
        () -> "the sample's findings are of more than one severity: " + mostSevereFirst);

    header.findElement(By.tagName("button")).click();
    List<String> leastSevereFirst = severities();
    header.findElement(By.tagName("button")).click();

    List<String> reversed = new ArrayList<>(mostSevereFirst);
    Collections.reverse(reversed);
    assertEquals(reversed, leastSevereFirst, "the first click puts the least severe first");
    assertEquals("descending", header.getDomAttribute("aria-sort"));
    assertEquals(mostSevereFirst, severities(), "the second click restores the order");
    assertEquals(List.of(), errors(), "errors while sorting");
  }

  /** The data-severity of each row of the findings table, in page order. */
  private static List<String> severities() {
    List<String> severities = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#findings-table tbody tr"))) {
      severities.add(row.getDomAttribute("data-severity"));
    }
    return severities;
  }
}
