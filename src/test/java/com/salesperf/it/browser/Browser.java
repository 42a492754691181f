package com.salesperf.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from the Debian packages (never a downloaded browser), driven by the
 * Debian chromedriver. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    /** Chrome's words for an element whose page was replaced while it was read. */
    private static final String DETACHED_NODE = "does not belong to the document";

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        String text = base.toExternalForm();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public static Browser open(URL base, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + width + "," + height,
                "--lang=en-US");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("/login.xhtml");
        find(By.id("login:username")).clear();
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password);
        click(By.id("login:signIn"));
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Waits until the element holds the text. Pages redraw while they are read (ajax updates, the
     * language switch), so an element that vanished between finding and reading is looked up again.
     */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT)
                .until(
                        d -> {
                            try {
                                return d.findElement(by).getText().contains(text);
                            } catch (NoSuchElementException | StaleElementReferenceException e) {
                                return false;
                            } catch (WebDriverException e) {
                                if (String.valueOf(e.getMessage()).contains(DETACHED_NODE)) {
                                    return false;
                                }
                                throw e;
                            }
                        });
    }

    public void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * The element's text. An ajax update may redraw the element between finding and reading it;
     * then it is looked up again (until the usual wait runs out).
     */
    public String text(By by) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d -> {
                            WebElement element = d.findElement(by);
                            return element.isDisplayed() ? element.getText() : null;
                        });
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG of the current page under target/screenshots. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the page itself is wider than the window (sideways scrolling). */
    public boolean scrollsSideways() {
        Object result =
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(result);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
