package org.gongshang.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver (paths from the system properties
 * {@code gongshang.browser} and {@code gongshang.chromedriver}, set by the build; {@code .ci/run}
 * installs both). No browser is downloaded: the machine's network may be closed.
 */
public final class Browser implements AutoCloseable {

    /**
     * The screen and the text size a person uses.
     *
     * @param textSize the browser's default font size in pixels (16 is 100 %; WeChat's larger settings
     *     are about 24 and 32), which scales everything sized in rem
     */
    public record Screen(int width, int height, int textSize) {

        /** A larger phone, the default of the journeys. */
        public static final Screen PHONE = new Screen(412, 915, 16);

        /** The narrowest phone the pages are made for (iPhone SE, mini). */
        public static final Screen SMALL_PHONE = new Screen(375, 812, 16);

        public static final Screen DESKTOP = new Screen(1366, 768, 16);

        public Screen withTextPercent(int percent) {
            return new Screen(width, height, 16 * percent / 100);
        }
    }

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        this(baseUrl, Screen.PHONE);
    }

    public Browser(String baseUrl, Screen screen) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("gongshang-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String binary = System.getProperty("gongshang.browser", "/usr/bin/chromium");
        String chromedriver = System.getProperty("gongshang.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + screen.width() + "," + screen.height(), "--lang=zh-CN", "--user-data-dir=" + profile,
                "--hide-scrollbars");
        Map<String, Object> preferences = new HashMap<>();
        // Chinese, as most residents' phones ask for.
        preferences.put("intl.accept_languages", "zh-CN,zh");
        preferences.put("webkit.webprefs.default_font_size", screen.textSize());
        options.setExperimentalOption("prefs", preferences);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        until(driver -> {
            WebElement field = driver.findElement(By.cssSelector(css));
            field.clear();
            field.sendKeys(text);
            return true;
        });
        return this;
    }

    public Browser click(String css) {
        until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(driver);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
        return this;
    }

    public Browser select(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    public String text(String css) {
        return until(driver -> driver.findElement(By.cssSelector(css)).getText());
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

    /** Runs a script in the page and returns what it returns (numbers as Long or Double, lists, maps). */
    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Whether the page is wider than the screen, so that reading it means scrolling sideways. */
    public boolean scrollsSideways() {
        Boolean wider = script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /** The errors the page's scripts logged since the last call (htmx logs its failed swaps there). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Keeps a picture of the page under target/screenshots, for people to look at; nothing is asserted on it. */
    public Browser screenshot(String name) {
        Path target = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    private <T> T until(Function<WebDriver, T> condition) {
        return waitFor().until(condition);
    }

    /**
     * Waits ten seconds, retrying also when chromium reports an element htmx has just swapped out as
     * "Node with given id does not belong to the document". That is an unknown error, not the
     * stale-element error Selenium's conditions retry, so a swap between locating an element and
     * reading it failed a test now and then.
     */
    private Wait waitFor() {
        return new Wait(new WebDriverWait(driver, Duration.ofSeconds(10)));
    }

    private record Wait(WebDriverWait driverWait) {

        <V> V until(Function<? super WebDriver, V> condition) {
            return driverWait.until(driver -> {
                try {
                    return condition.apply(driver);
                } catch (NoSuchElementException | StaleElementReferenceException e) {
                    return null;
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
