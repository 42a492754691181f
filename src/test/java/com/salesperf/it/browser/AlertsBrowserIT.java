package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator defines alert rules in real Chromium, once in English and once in Chinese; each
 * time the server refuses a field first and says so next to it, then the corrected rule is listed.
 */
class AlertsBrowserIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    @Test
    void adminCreatesAlertRulesInEnglishAndChineseAfterFixingARefusedField() {
        int n = ThreadLocalRandom.current().nextInt(100_000);
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/alerts.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.tagName("h1"), "Alert rules");
            browser.waitForText(By.id("rules:table"), "REGION-SALES-QOQ");

            browser.find(By.id("rules:code")).sendKeys("BR-EN-" + n);
            browser.find(By.id("rules:threshold")).sendKeys("-20");
            browser.click(By.id("rules:save"));
            browser.waitForText(By.id("rules:editor"), "Please fill in this field.");
            browser.screenshot("alerts-1-name-missing-en");

            browser.find(By.id("rules:name")).sendKeys("Team sales −20 % <b>QoQ</b>");
            new Select(browser.find(By.id("rules:unitLevel"))).selectByValue("TEAM");
            browser.click(By.id("rules:save"));
            browser.waitForText(By.id("rules:table"), "BR-EN-" + n);
            assertThat(browser.text(By.id("rules:table")))
                    .contains("Team sales −20 % <b>QoQ</b>")
                    .contains("Team sales vs the previous quarter changed by -20 % or less");
            browser.screenshot("alerts-2-created-en");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.tagName("h1"), "预警规则");
            new Select(browser.find(By.id("rules:kind"))).selectByValue("REP_COMPLETION_STREAK");
            browser.waitForText(By.id("rules:parameters"), "连续期数");
            browser.find(By.id("rules:code")).sendKeys("BR-ZH-" + n);
            browser.find(By.id("rules:name")).sendKeys("连续三个月完成率低于50%");
            new Select(browser.find(By.id("rules:periodType"))).selectByValue("MONTH");
            browser.find(By.id("rules:threshold")).sendKeys("50");
            browser.find(By.id("rules:periodsInRow")).clear();
            browser.find(By.id("rules:periodsInRow")).sendKeys("13");
            browser.click(By.id("rules:save"));
            browser.waitForText(By.id("rules:parameters"), "请输入 1 到 12 之间的整数。");
            browser.screenshot("alerts-3-periods-refused-zh");

            browser.find(By.id("rules:periodsInRow")).clear();
            browser.find(By.id("rules:periodsInRow")).sendKeys("3");
            browser.click(By.id("rules:save"));
            browser.waitForText(By.id("rules:table"), "BR-ZH-" + n);
            assertThat(browser.text(By.id("rules:table")))
                    .contains("连续三个月完成率低于50%")
                    .contains("销售代表完成率连续 3 个月低于 50%");
            browser.screenshot("alerts-4-created-zh");

            browser.go("/team/alerts.xhtml");
            browser.waitForText(By.tagName("h1"), "预警");
            browser.screenshot("alerts-5-team-alerts-zh");
        }
    }
}
