package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's journeys in real Chromium, in both languages: add a company holiday to the
 * calendar, and create a user (refused first for missing fields, shown next to them) who can then
 * sign in.
 */
class AdministrationBrowserIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    @Test
    void adminAddsACompanyHolidayInChineseAndSeesItInEnglish() {
        LocalDate monday =
                LocalDate.of(2027, 3, 1)
                        .plusWeeks(ThreadLocalRandom.current().nextInt(30))
                        .with(DayOfWeek.MONDAY);
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/calendar.xhtml");
            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.tagName("h1"), "公司日历");
            new Select(browser.find(By.id("calendar:year"))).selectByValue("2026");
            browser.waitForText(By.id("calendar:days"), "国庆节");
            browser.screenshot("admin-calendar-1-2026-zh");

            browser.find(By.id("calendar:nameEn")).sendKeys("Company celebration");
            browser.find(By.id("calendar:nameZh")).sendKeys("公司庆典日");
            browser.find(By.id("calendar:date_input")).sendKeys(monday.toString(), Keys.TAB);
            browser.click(By.id("calendar:save"));
            waitForTextOrMessage(browser, By.id("calendar:days"), "公司庆典日");
            browser.screenshot("admin-calendar-2-added-zh");

            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.tagName("h1"), "Company calendar");
            Select year = new Select(browser.find(By.id("calendar:year")));
            if (!year.getFirstSelectedOption().getText().equals(String.valueOf(monday.getYear()))) {
                year.selectByValue(String.valueOf(monday.getYear()));
            }
            browser.waitForText(By.id("calendar:days"), "Company celebration");
            assertThat(browser.text(By.id("calendar:days"))).contains("Monday");
            browser.screenshot("admin-calendar-3-added-en");
        }
    }

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String username = "it-hr-" + ThreadLocalRandom.current().nextInt(100_000);
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/admin/users.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.tagName("h1"), "Users and roles");
            browser.click(By.id("users:new"));
            browser.find(By.id("newUser:username"));
            clickInView(browser, By.id("newUser:create"));
            browser.waitForText(By.id("newUser"), "Please fill in this field.");
            browser.screenshot("admin-users-1-refused-en");

            browser.find(By.id("newUser:username")).sendKeys(username);
            browser.find(By.id("newUser:displayName")).sendKeys("测试 HR <b>bold</b>");
            browser.find(By.id("newUser:password")).sendKeys("welcome-2027");
            clickInView(browser, By.xpath("//form[@id='newUser']//label[text()='HR']"));
            clickInView(browser, By.id("newUser:create"));
            browser.find(By.id("users:search")).sendKeys(username);
            browser.click(By.id("users:apply"));
            browser.waitForText(By.id("users:table"), username);
            assertThat(browser.text(By.id("users:table"))).contains("<b>bold</b>");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.tagName("h1"), "用户与角色");
            browser.find(By.id("users:search")).clear();
            browser.find(By.id("users:search")).sendKeys(username);
            browser.click(By.id("users:apply"));
            browser.waitForText(By.id("users:table"), username);
            browser.screenshot("admin-users-2-created-zh");

            browser.click(By.id("topbar:signOut"));
            browser.signIn(username, "welcome-2027");
            browser.waitForUrlContaining("home.xhtml");
            assertThat(browser.text(By.id("topbar:currentUser"))).contains("测试 HR");
            // The welcome notification: the bell counts it, the panel shows it, opening it reads
            // it.
            assertThat(browser.text(By.cssSelector("[id='topbar:bellBox'] .ui-badge")))
                    .isEqualTo("1");
            browser.click(By.id("topbar:bell"));
            browser.waitForText(By.id("topbar:bellList"), "测试 HR <b>bold</b>");
            browser.screenshot("admin-users-3-new-user-bell");
            browser.click(By.cssSelector("[id='topbar:bellList'] .bell-item"));
            browser.waitForUrlContaining("profile.xhtml");
            assertThat(
                            browser
                                    .driver()
                                    .findElements(By.cssSelector("[id='topbar:bellBox'] .ui-badge"))
                                    .stream()
                                    .noneMatch(e -> e.isDisplayed() && e.getText().equals("1")))
                    .isTrue();
            browser.go("/notifications.xhtml");
            browser.waitForText(By.id("notifications:table"), "已读");
            browser.screenshot("admin-users-4-notifications-read");
        }
    }

    /** Waits for the text; when a refusal message appears instead, fails with its words. */
    private static void waitForTextOrMessage(Browser browser, By where, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(20))
                // the table is redrawn by the ajax update while it is read
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d ->
                                d.findElement(where).getText().contains(text)
                                        || !d.findElements(
                                                        By.cssSelector(
                                                                ".ui-message-error, .ui-messages-error"))
                                                .isEmpty());
        if (!browser.text(where).contains(text)) {
            browser.screenshot("admin-failure");
            assertThat(browser.text(By.tagName("main"))).as("refused").contains(text);
        }
    }

    /** Scrolls the element to the middle of the window first (dialogs may be taller than it). */
    private static void clickInView(Browser browser, By by) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(by));
        browser.click(by);
    }
}
