package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's run journey in real Chromium: start the 2023Q3 close, watch the progress bar
 * until it completes, open the results, filter for S001 and read the explanation of every number in
 * English and Chinese.
 */
class RunsBrowserIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    @Test
    void adminRunsACloseAndReadsTheExplainedResult() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/runs/index.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Evaluation runs");

            browser.find(By.id("start:period")).sendKeys("2099Q1");
            browser.click(By.id("start:startRun"));
            browser.waitForText(By.id("messages"), "is not over yet");

            browser.find(By.id("start:period")).clear();
            browser.find(By.id("start:period")).sendKeys("2023Q3");
            browser.click(By.id("start:startRun"));
            browser.waitForText(By.id("history:runs"), "2023Q3");
            browser.screenshot("runs-1-progress");
            // The poll re-renders the table every 2 s: an element found may be gone when read.
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                    .ignoring(StaleElementReferenceException.class)
                    .until(
                            d ->
                                    d.findElement(By.id("history:runs:0:status"))
                                            .getText()
                                            .equals("Completed"));
            browser.screenshot("runs-2-completed");

            browser.click(By.id("history:runs:0:results"));
            browser.waitForText(By.id("results:table"), "S001");
            assertThat(browser.text(By.id("population")))
                    .isEqualTo("Population: levels any; markets any; stages any");
            browser.find(By.id("results:employee")).sendKeys("S001");
            browser.click(By.id("results:apply"));
            browser.waitForText(By.id("results:table"), "14,250.00");
            browser.screenshot("runs-3-results");

            browser.click(By.id("results:table:0:detail"));
            browser.waitForText(By.id("outcome"), "14250");
            String detail = browser.text(By.id("detail"));
            assertThat(detail)
                    .contains("SALES_COMPLETION", "[100, 120) → 80", "85.0")
                    .contains("Bonus = base × coefficient × modifier + commission");
            browser.screenshot("runs-4-result-en");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "结果说明");
            assertThat(browser.text(By.id("detail"))).contains("加权总分", "奖金");
            browser.screenshot("runs-5-result-zh");
        }
    }
}
