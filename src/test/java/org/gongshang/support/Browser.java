package org.gongshang.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver (paths from the system properties
 * {@code gongshang.browser} and {@code gongshang.chromedriver}, set by the build; {@code .ci/run}
 * installs both). No browser is downloaded: the machine's network may be closed.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("gongshang-chromium");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String binary = System.getProperty("gongshang.browser", "/usr/bin/chromium");
        String chromedriver = System.getProperty("gongshang.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=412,915", "--lang=zh-CN", "--user-data-dir=" + profile);
        // Chinese, as most residents' phones ask for.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** A new browser signed in as the person through the login page, as they would sign in. */
    public static Browser signedIn(String baseUrl, People.Person person) {
        return new Browser(baseUrl).open("/login").logIn(person);
    }

    /** Fills in the login page this browser shows and waits until the login has left it. */
    public Browser logIn(People.Person person) {
        type("#username", person.username()).type("#password", person.password()).click("#password-login button[type=submit]");
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    public Browser select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser waitForText(String css, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    public Browser waitForPath(String path) {
        waitFor().until(ExpectedConditions.urlToBe(baseUrl + path));
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public WebDriver driver() {
        return driver;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
