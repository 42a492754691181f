package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator's scheme journey in real Chromium, in both languages: open the default quarterly
 * scheme, open a gap between two bands and see it named, close it, save a new version with a
 * reason, then preview a changed band score on 2023Q3 against the stored version.
 */
class SchemeEditorBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final By MESSAGES = By.id("validationMessages");
    private static final By COMPLETION_BAND_LOWER = By.id("editor:indicators:0:bands:1:lower");
    private static final By COMPLETION_BAND_SCORE = By.id("editor:indicators:0:bands:1:score");

    private final URL base = SharedPortal.url();

    @Test
    void adminFindsAndFixesABandGapSavesAVersionAndPreviewsAChange() {
        try (Browser browser = Browser.open(base, 1400, 1000)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/schemes/index.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Evaluation schemes and incentive plans");
            browser.click(By.linkText("Q-DEFAULT"));
            browser.waitForText(By.id("pageTitle"), "Q-DEFAULT");
            browser.screenshot("scheme-1-read-only");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "指标体系 Q-DEFAULT");
            browser.click(By.id("editor:edit"));
            type(browser, COMPLETION_BAND_LOWER, "105");
            // the shipped scheme applies to everyone: no level, market or stage chosen
            assertThat(browser.text(By.id("editor:levels"))).contains("不限");
            assertThat(browser.text(By.id("editor:stages"))).contains("不限");
            browser.waitForText(MESSAGES, "缺口：没有区间覆盖 [100, 105)");
            assertThat(browser.isPresent(By.cssSelector(".strip-gap"))).isTrue();
            browser.screenshot("scheme-2-gap-zh");

            browser.click(By.id("topbar:langEn"));
            browser.waitForText(MESSAGES, "SALES_COMPLETION: Gap: no band covers [100, 105).");
            assertThat(browser.find(By.id("editor:saveOpen")).isEnabled()).isFalse();
            browser.screenshot("scheme-3-gap-en");

            type(browser, COMPLETION_BAND_LOWER, "100");
            waitUntilGone(browser, MESSAGES, "Gap");
            assertThat(browser.isPresent(By.cssSelector(".strip-gap"))).isFalse();
            browser.waitForText(By.id("errorCount"), "0");

            By formula = By.id("editor:indicators:0:formula");
            type(browser, formula, "actualSales / targetSale * 100");
            browser.waitForText(MESSAGES, "Unknown measure \"targetSale\"");
            browser.click(By.id("editor:indicators:0:checkFormula"));
            browser.waitForText(
                    By.id("editor:indicators:0:formulaResult"),
                    "Formula error at column 15: unknown measure \"targetSale\".");
            type(browser, formula, "actualSales / targetSales * 100");
            browser.click(By.id("editor:indicators:0:checkFormula"));
            browser.waitForText(By.id("editor:indicators:0:formulaResult"), "The formula is valid");

            browser.click(By.id("editor:indicators:0:addBand"));
            browser.waitForText(MESSAGES, "Overlap");
            browser.click(By.id("editor:indicators:0:bands:4:removeBand"));
            waitUntilGone(browser, MESSAGES, "Overlap");
            browser.waitForText(By.id("errorCount"), "0");
            browser.click(By.id("editor:saveOpen"));
            browser.find(By.id("editor:reason")).sendKeys("browser test: gap found and closed");
            browser.click(By.id("editor:confirmSave"));
            browser.waitForText(By.id("messages"), "Saved Q-DEFAULT as version");
            browser.screenshot("scheme-4-saved");

            browser.click(By.id("editor:edit"));
            type(browser, COMPLETION_BAND_SCORE, "90");
            new Select(browser.find(By.id("editor:period"))).selectByValue("2023Q3");
            browser.click(By.id("editor:runWhatIf"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("editor:whatifTable"), "S001"));
            String s001 =
                    browser.text(By.id("editor:whatifTable_data"))
                            .lines()
                            // other tests of the pass add reps of their own to the company
                            .filter(line -> line.startsWith("S001 "))
                            .findFirst()
                            .orElse("");
            assertThat(s001).contains("S001").contains("85.0").contains("89.0");
            assertThat(browser.text(By.id("editor:changedCount"))).doesNotStartWith("0 ");
            assertThat(browser.text(By.id("editor:population")))
                    .isEqualTo("Population: levels any; markets any; stages any");
            scrollTo(browser, "editor:whatifSummary");
            browser.screenshot("scheme-5-whatif-en");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("editor:whatifResult"), "当前奖金成本");
            assertThat(browser.text(By.id("editor:population")))
                    .isEqualTo("评估范围：职级 不限；市场 不限；阶段 不限");
            scrollTo(browser, "editor:whatifSummary");
            browser.screenshot("scheme-6-whatif-zh");
        }
    }

    @Test
    void adminSeesATierGapAndPreviewsAHigherCoefficientWithoutSaving() {
        try (Browser browser = Browser.open(base, 1400, 1000)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/schemes/index.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.click(By.linkText("P-DEFAULT"));
            browser.waitForText(By.id("pageTitle"), "Incentive plan P-DEFAULT");
            browser.click(By.id("editor:edit"));

            type(browser, By.id("editor:tiers:1:from"), "105");
            browser.waitForText(MESSAGES, "Gap: no tier covers completion [100, 105) %.");
            type(browser, By.id("editor:tiers:1:from"), "100");
            waitUntilGone(browser, MESSAGES, "Gap");
            type(browser, By.id("editor:tiers:1:coefficient"), "1.5");

            Select scheme = new Select(browser.find(By.id("editor:scheme")));
            if (!scheme.getFirstSelectedOption().getText().equals("Q-DEFAULT")) {
                scheme.selectByValue("Q-DEFAULT");
                browser.waitForText(By.id("editor:period"), "2023Q3");
            }
            new Select(browser.find(By.id("editor:period"))).selectByValue("2023Q3");
            browser.click(By.id("editor:runWhatIf"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("editor:whatifTable"), "S001"));
            String s001 =
                    browser.text(By.id("editor:whatifTable_data"))
                            .lines()
                            // other tests of the pass add reps of their own to the company
                            .filter(line -> line.startsWith("S001 "))
                            .findFirst()
                            .orElse("");
            assertThat(s001).contains("S001").contains("14,250.00").contains("17,250.00");
            scrollTo(browser, "editor:whatifSummary");
            browser.screenshot("plan-whatif-en");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("editor:whatifResult"), "修改后奖金");
        }
    }

    private static void scrollTo(Browser browser, String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /**
     * Replaces a field's text and leaves it, which fires the change that revalidates. Waits until
     * the field is enabled: after "edit" the form is redrawn by an ajax update.
     */
    private static void type(Browser browser, By field, String text) {
        WebElement input =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(ExpectedConditions.elementToBeClickable(field));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void waitUntilGone(Browser browser, By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(
                        ExpectedConditions.not(
                                ExpectedConditions.textToBePresentInElementLocated(by, text)));
    }
}
