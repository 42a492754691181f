package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import com.salesperf.platform.control.PdfFonts;
import com.salesperf.platform.control.PdfText;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The rep's and the manager's main journeys in real Chromium, in both languages: the rep reads the
 * dashboard and submits a monthly plan (first with a too-short text, refused next to the field);
 * the manager drills from the region into its teams, reads, sorts and filters the team table and
 * exports it as csv and PDF, and a column hidden with the column toggler stays out of the csv, xlsx
 * and PDF files; both download a target responsibility letter as PDF.
 */
class AnalyticsBrowserIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    @Test
    void aRepReadsTheDashboardAndSubmitsThePlan() throws IOException {
        Path downloads = downloadFolder();
        try (Browser browser = Browser.open(base, 1280, 900)) {
            allowDownloads(browser, downloads);
            browser.signIn("s001", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/analytics/dashboard.xhtml");
            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "销售分析");
            browser.waitForText(By.id("dash:levelTable"), "S001");
            assertThat(browser.text(By.id("dash:levelTable"))).doesNotContain("S002");
            assertThat(browser.text(By.id("dash:goals"))).contains("客户满意度");
            assertThat(browser.isPresent(By.cssSelector("#dash\\:trendChart canvas"))).isTrue();
            browser.screenshot("rep-dashboard-zh");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Sales analytics");
            browser.waitForText(By.id("dash:funnel"), "Lead → opportunity");
            browser.screenshot("rep-dashboard-en");

            browser.go("/my/plan.xhtml");
            browser.waitForText(By.id("pageTitle"), "My monthly sales plan");
            browser.find(By.id("plan:content")).sendKeys("short");
            browser.click(By.id("plan:submit"));
            browser.waitForText(By.id("plan"), "Please write a plan of 10 to 2000 characters");
            browser.screenshot("rep-plan-refused");
            browser.find(By.id("plan:content")).clear();
            browser.find(By.id("plan:content"))
                    .sendKeys(
                            "Visit 18 customers, follow up 6 opportunities, <b>close</b> 2 deals.");
            String month = browser.find(By.id("plan:month")).getAttribute("value");
            browser.click(By.id("plan:submit"));
            browser.waitForText(By.id("messages"), "Plan for " + month + " submitted");
            browser.waitForText(By.id("plan:history"), "<b>close</b>");
            browser.screenshot("rep-plan-submitted");

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "我的月度销售计划");
            browser.waitForText(By.id("plan:history"), month);
            browser.screenshot("rep-plan-zh");

            browser.go("/my/assessment.xhtml");
            browser.waitForText(By.id("pageTitle"), "我的自评");
            for (String dimension :
                    List.of("TEAMWORK", "CUSTOMER_FOCUS", "EXECUTION", "LEARNING")) {
                browser.find(By.id("assessment:" + dimension + "_input")).clear();
                browser.find(By.id("assessment:" + dimension + "_input")).sendKeys("8");
            }
            browser.click(By.id("assessment:submit"));
            browser.waitForText(By.id("messages"), "自评已保存");
            browser.screenshot("rep-self-assessment-zh");

            browser.go("/my/targets.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "My targets");
            browser.click(By.id("targets:table:0:letter"));
            String letter = PdfText.of(Files.readAllBytes(awaitDownload(downloads, ".pdf")));
            assertThat(letter)
                    .contains("Target responsibility letter")
                    .contains("S001")
                    .contains("Sales rep (signature / date)")
                    .doesNotContain("S002");
        }
    }

    @Test
    void aManagerDrillsDownAndExportsTheTeamTable() throws IOException {
        Path downloads = downloadFolder();
        try (Browser browser = Browser.open(base, 1280, 900)) {
            allowDownloads(browser, downloads);
            browser.signIn("mgr.east", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/analytics/dashboard.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Sales analytics");
            browser.waitForText(By.id("dash:levelTable"), "East China");
            assertThat(browser.text(By.id("dash:levelTable"))).doesNotContain("North China");
            browser.click(By.id("dash:levelTable:0:drill"));
            browser.waitForText(By.id("crumbs"), "East China");
            browser.waitForText(By.id("dash:levelPanel"), "by team");
            browser.screenshot("manager-dashboard-teams-en");

            browser.go("/team/targets.xhtml");
            browser.waitForText(By.id("pageTitle"), "Target decomposition");
            // An old quarter, so that even a save that should have been refused changes
            // nothing a current journey reads. PrimeFaces keeps the chosen values in hidden
            // inputs; they are set directly.
            javaScript(
                    browser,
                    "document.getElementById('split:period_input').value = '2022Q1';"
                            + " var s = document.getElementById('split:unit_input');"
                            + " for (var o of s.options) {"
                            + " if (o.text.indexOf('EAST-1') === 0) { s.value = o.value; } }");
            browser.click(By.id("split:load"));
            browser.waitForText(By.id("split:children"), "S001");
            browser.waitForText(By.id("split"), "EAST-1 2022Q1");
            javaScript(
                    browser,
                    "document.getElementById('split:children:0:value_hinput').value = '1';");
            browser.click(By.id("split:save"));
            browser.waitForText(By.id("split"), "differ from the parent target");
            browser.screenshot("manager-decomposition-difference");

            browser.go("/team/performance.xhtml");
            browser.waitForText(By.id("pageTitle"), "Team target vs actual");
            browser.waitForText(By.id("team:table"), "S001");
            browser.click(
                    By.xpath(
                            "//th[.//span[contains(@class,'ui-column-title')"
                                    + " and starts-with(normalize-space(.),'Completion')]]"));
            browser.find(By.id("team:text")).sendKeys("S001");
            browser.click(By.id("team:apply"));
            browser.waitForText(By.id("team:table"), "1 of 1");
            browser.screenshot("manager-team-table-en");

            browser.find(By.id("team:text")).clear();
            browser.click(By.id("team:apply"));
            browser.waitForText(By.id("team:table"), "of 5");
            browser.click(By.id("team:exportCsv"));
            Path csv = awaitDownload(downloads, ".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.size()).isGreaterThan(40);
            assertThat(String.join("\n", lines)).contains("S001").doesNotContain("S002");
            assertThat(lines)
                    .allSatisfy(
                            line ->
                                    assertThat(line.replace("\"", ""))
                                            .doesNotStartWith("=")
                                            .doesNotStartWith("+")
                                            .doesNotStartWith("@"));

            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "团队目标与实际");
            browser.waitForText(By.id("team:table"), "华东区");
            browser.screenshot("manager-team-table-zh");

            browser.click(By.id("team:exportPdf"));
            String table = PdfText.of(Files.readAllBytes(awaitDownload(downloads, ".pdf")));
            assertThat(table).contains("S001").doesNotContain("S002");
            if (PdfFonts.choice().cjk()) {
                assertThat(table).contains("团队目标与实际").contains("华东区");
            }

            browser.go("/team/targets.xhtml");
            javaScript(
                    browser,
                    "document.getElementById('letter:letterPeriod_input').value = '2023Q3';");
            browser.find(By.id("letter:letterRep")).sendKeys("S001");
            browser.click(By.id("letter:downloadLetter"));
            String letter =
                    PdfText.of(
                            Files.readAllBytes(
                                    awaitDownload(downloads, "target-letter-S001-2023Q3.pdf")));
            assertThat(letter).contains("S001").contains("2023Q3");
            if (PdfFonts.choice().cjk()) {
                assertThat(letter).contains("目标责任书").contains("主管（签字 / 日期）");
            }
        }
    }

    @Test
    void aColumnHiddenWithTheTogglerIsLeftOutOfTheExports() throws IOException {
        Path downloads = downloadFolder();
        try (Browser browser = Browser.open(base, 1280, 900)) {
            allowDownloads(browser, downloads);
            browser.signIn("mgr.east", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/team/performance.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Team target vs actual");
            browser.waitForText(By.id("team:table"), "S001");
            browser.click(By.id("team:columns"));
            browser.click(
                    By.xpath(
                            "//li[contains(@class,'ui-columntoggler-item')]"
                                    + "[label[normalize-space(.)='Gap to target']]"
                                    + "//div[contains(@class,'ui-chkbox-box')]"));
            assertThat(browser.text(By.cssSelector("#team\\:table thead")))
                    .doesNotContain("Gap to target");

            browser.click(By.id("team:exportCsv"));
            String csvHeader =
                    Files.readAllLines(awaitDownload(downloads, ".csv"), StandardCharsets.UTF_8)
                            .get(0);
            assertThat(csvHeader)
                    .contains("Employee no.", "Region", "Target", "Completion")
                    .doesNotContain("Gap to target");

            browser.click(By.id("team:exportXlsx"));
            assertThat(xlsxHeader(awaitDownload(downloads, ".xlsx")))
                    .contains("Employee no.", "Region", "Target")
                    .doesNotContain("Gap to target");

            browser.click(By.id("team:exportPdf"));
            String pdf = PdfText.of(Files.readAllBytes(awaitDownload(downloads, ".pdf")));
            assertThat(pdf)
                    .contains("Employee no.", "Region", "Target", "Completion %", "S001")
                    .doesNotContain("Gap to target");
            assertThat(pdf.indexOf("Region"))
                    .isGreaterThan(pdf.indexOf("Employee no."))
                    .isLessThan(pdf.indexOf("Completion %"));

            // The language switch re-renders the same view: the column stays hidden on the
            // screen and in the PDF.
            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "团队目标与实际");
            browser.waitForText(By.id("team:table"), "S001");
            assertThat(browser.text(By.cssSelector("#team\\:table thead")))
                    .contains("工号")
                    .doesNotContain("距目标差额");
            Path chinese = downloadFolder();
            allowDownloads(browser, chinese);
            browser.click(By.id("team:exportPdf"));
            String pdfZh = PdfText.of(Files.readAllBytes(awaitDownload(chinese, ".pdf")));
            assertThat(pdfZh).contains("S001");
            if (PdfFonts.choice().cjk()) {
                assertThat(pdfZh).contains("工号").doesNotContain("距目标差额");
            }
        }
    }

    private static List<String> xlsxHeader(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> titles = new java.util.ArrayList<>();
            for (Cell cell : header) {
                titles.add(cell.getStringCellValue());
            }
            return titles;
        }
    }

    private static Path downloadFolder() throws IOException {
        return Files.createDirectories(Path.of("target", "downloads", UUID.randomUUID().toString()))
                .toAbsolutePath();
    }

    private static void allowDownloads(Browser browser, Path folder) {
        ((ChromiumDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", folder.toString()));
    }

    private static void javaScript(Browser browser, String script) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /**
     * The downloaded file ending in the suffix, once Chromium has finished writing it. Chromium may
     * create the file under its final name, empty, before the download ends (the bytes go to a
     * .crdownload file meanwhile), so a file is taken only when it has content and no download is
     * still under way.
     */
    private static Path awaitDownload(Path folder, String suffix) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.toList();
            }
            boolean writing = files.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
            for (Path file : files) {
                if (!writing && file.toString().endsWith(suffix) && Files.size(file) > 0) {
                    return file;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + suffix + " download in " + folder);
    }
}
