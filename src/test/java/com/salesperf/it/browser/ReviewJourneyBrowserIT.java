package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.HttpCalls;
import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The review journey in real Chromium on the demo company: an administrator runs 2023Q3, the East
 * manager opens and submits team EAST-1, HR rejects it with a comment, the manager resubmits, HR
 * approves and publishes, S001 appeals on a phone-sized screen, HR upholds with a new bonus, and
 * S001 sees version 2 of the result with the decision.
 */
class ReviewJourneyBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final URL base = SharedPortal.url();

    @Test
    void managerSubmitsHrRejectsResubmittedApprovedPublishedRepAppealsHrUpholds()
            throws InterruptedException {
        long run = completedRun("2023Q3");
        String packageUrl;

        try (Browser manager = Browser.open(base, 1280, 900)) {
            signInInEnglish(manager, "mgr.east");
            manager.go("/review/packages.xhtml");
            new Select(manager.find(By.id("open:run"))).selectByValue(String.valueOf(run));
            manager.find(By.id("open:unit")).sendKeys("EAST-1");
            manager.click(By.id("open:openPackage"));
            manager.waitForUrlContaining("package.xhtml");
            manager.waitForText(By.id("status"), "Calculated");
            String url = manager.currentUrl();
            packageUrl = url.substring(url.indexOf("/review/package.xhtml"));
            manager.screenshot("review-1-manager-package");
            manager.click(By.id("pkg:submit"));
            manager.waitForText(By.id("status"), "Submitted");
        }

        try (Browser hr = Browser.open(base, 1280, 900)) {
            signInInEnglish(hr, "hr");
            hr.go(packageUrl);
            hr.waitForText(By.id("status"), "Submitted");
            hr.find(By.id("pkg:comment"))
                    .sendKeys("Please score the qualitative indicator of S001");
            hr.click(By.id("pkg:reject"));
            hr.waitForText(By.id("status"), "Calculated");
            hr.waitForText(By.id("lastComment"), "qualitative indicator");
            hr.screenshot("review-2-hr-rejected-with-comment");
        }

        try (Browser manager = Browser.open(base, 1280, 900)) {
            signInInEnglish(manager, "mgr.east");
            manager.go(packageUrl);
            manager.waitForText(By.id("status"), "Calculated");
            manager.click(By.id("pkg:submit"));
            manager.waitForText(By.id("status"), "Submitted");
        }

        try (Browser hr = Browser.open(base, 1280, 900)) {
            signInInEnglish(hr, "hr");
            hr.go(packageUrl);
            hr.waitForText(By.id("status"), "Submitted");
            hr.screenshot("review-3-hr-submission-package");
            hr.click(By.id("pkg:approve"));
            hr.waitForText(By.id("status"), "Approved");
            hr.click(By.id("pkg:publish"));
            hr.waitForText(By.id("status"), "Published");
            hr.screenshot("review-4-hr-approved-and-published");
        }

        try (Browser rep = Browser.open(base, 390, 844)) {
            signInInEnglish(rep, "s001");
            rep.go("/my/result.xhtml");
            rep.find(By.cssSelector(".appeal-input"))
                    .sendKeys("My large order of 28 September was booked in October.");
            rep.screenshot("review-5-rep-appeals-on-a-phone");
            rep.click(By.cssSelector(".appeal"));
            rep.waitForText(By.cssSelector(".status"), "Appealed");
            assertThat(rep.scrollsSideways()).isFalse();
        }

        try (Browser hr = Browser.open(base, 1280, 900)) {
            signInInEnglish(hr, "hr");
            hr.go("/review/appeals.xhtml");
            hr.waitForText(By.cssSelector(".appeal-text"), "28 September");
            hr.find(By.cssSelector(".decision-input"))
                    .sendKeys("Upheld: the order counts for Q3 as signed.");
            new Select(hr.find(By.cssSelector(".field-select"))).selectByValue("BONUS");
            hr.find(By.cssSelector(".value-input")).sendKeys("30000.00");
            hr.screenshot("review-6-hr-upholds");
            hr.click(By.cssSelector(".uphold"));
            hr.waitForText(By.cssSelector(".ui-messages"), "upheld");
        }

        try (Browser rep = Browser.open(base, 390, 844)) {
            signInInEnglish(rep, "s001");
            rep.go("/my/result.xhtml");
            rep.waitForText(By.cssSelector(".decision"), "upheld");
            assertThat(rep.pageSource()).contains("version 2").contains("30,000.00");
            rep.screenshot("review-7-rep-sees-new-version");
        }

        // HR reopens the published period: refused without a reason, then done with one. This
        // also leaves 2023Q3 open for the other journeys of the pass to run again.
        try (Browser hr = Browser.open(base, 1280, 900)) {
            signInInEnglish(hr, "hr");
            hr.go(packageUrl);
            hr.waitForText(By.id("status"), "Published");
            hr.click(By.id("pkg:reopen"));
            hr.find(By.id("reopenForm:reopenReason"));
            hr.click(By.id("reopenForm:reopenConfirm"));
            hr.waitForText(By.cssSelector(".ui-messages"), "needs a written comment or reason");
            assertThat(hr.text(By.id("status"))).contains("Published");
            hr.find(By.id("reopenForm:reopenReason"))
                    .sendKeys("Collections of EAST-1 were booked in the wrong quarter.");
            hr.screenshot("review-8-hr-reopen-dialog");
            hr.click(By.id("reopenForm:reopenConfirm"));
            hr.waitForText(By.id("status"), "Reopened");
            hr.waitForText(By.id("reopenedReason"), "wrong quarter");
            hr.screenshot("review-9-hr-reopened");
            hr.click(By.id("topbar:langZh"));
            hr.waitForText(By.tagName("h1"), "审核包");
            hr.waitForText(By.id("status"), "已重新开启");
            hr.waitForText(By.id("pkg:reopened"), "重新开启人");
            hr.screenshot("review-10-hr-reopened-zh");
            hr.click(By.id("topbar:langEn"));
            hr.waitForText(By.tagName("h1"), "Review package");
        }

        try (Browser rep = Browser.open(base, 390, 844)) {
            signInInEnglish(rep, "s001");
            rep.go("/my/result.xhtml");
            rep.waitForText(By.cssSelector(".reopened"), "HR reopened this result");
            assertThat(rep.isPresent(By.cssSelector(".appeal"))).isFalse();
            rep.screenshot("review-11-rep-sees-reopened-result");
        }
    }

    /** Signs in and switches to English, whatever language the user chose last time. */
    private static void signInInEnglish(Browser browser, String username) {
        browser.signIn(username, PASSWORD);
        browser.waitForUrlContaining("home.xhtml");
        browser.click(By.id("topbar:langEn"));
        browser.waitForText(By.id("pageTitle"), "Welcome");
    }

    /** Starts a run of the period as the administrator and waits until it completes. */
    private long completedRun(String period) throws InterruptedException {
        HttpCalls http = new HttpCalls(base);
        HttpResponse<String> started =
                http.postJson(
                        "/api/v1/runs",
                        "admin",
                        PASSWORD,
                        "{\"period\":\"" + period + "\",\"scheme\":\"Q-DEFAULT\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = ID.matcher(started.body());
        assertThat(id.find()).isTrue();
        long run = Long.parseLong(id.group(1));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String status = http.get("/api/v1/runs/" + run, "admin", PASSWORD).body();
            if (status.contains("\"status\":\"COMPLETED\"")) {
                return run;
            }
            assertThat(status).doesNotContain("\"status\":\"FAILED\"");
            Thread.sleep(1_000);
        }
        throw new AssertionError("run " + run + " did not complete in time");
    }
}
