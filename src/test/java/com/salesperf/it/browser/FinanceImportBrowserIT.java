package com.salesperf.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.HttpCalls;
import com.salesperf.it.launcher.SharedPortal;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Finance's import journey in real Chromium: upload a sales file with an error, read the error
 * table (row, column, reason), fix the file, upload again, see the counts and the history row.
 */
class FinanceImportBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final String SALES_HEADER =
            "order_id,employee_no,customer_id,product_line,signed_date,amount";

    private final URL base = SharedPortal.url();

    @Test
    void financeFixesABadSalesFileAndImportsIt() throws IOException {
        String p = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        company(p);
        Path bad =
                file(
                        p + "-sales.csv",
                        SALES_HEADER,
                        p + "-O1," + p + "-1," + p + "-C1,software,2023-07-01,1200.00",
                        p + "-O2," + p + "-1," + p + "-C9,software,2023-07-02,800.00");
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("finance", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/data/imports.xhtml");
            browser.click(By.id("topbar:langZh"));
            browser.waitForText(By.id("pageTitle"), "数据导入");
            assertThat(browser.driver().getTitle()).startsWith("数据导入");
            browser.click(By.id("topbar:langEn"));
            browser.waitForText(By.id("pageTitle"), "Data imports");
            assertThat(browser.driver().getTitle()).startsWith("Data imports");

            new Select(browser.find(By.id("upload:kind"))).selectByValue("sales");
            upload(browser, bad);
            browser.waitForText(By.id("upload:errors"), "customer_id");
            String errors = browser.text(By.id("upload:errors"));
            assertThat(errors).contains("3").contains("customer_id").contains(p + "-C9");
            browser.screenshot("finance-import-1-errors");

            Path fixed =
                    file(
                            p + "-sales.csv",
                            SALES_HEADER,
                            p + "-O1," + p + "-1," + p + "-C1,software,2023-07-01,1200.00",
                            p + "-O2," + p + "-1," + p + "-C2,software,2023-07-02,800.00");
            upload(browser, fixed);
            browser.waitForText(By.id("upload:success"), "Imported 2 rows");
            browser.waitForText(By.id("history:table"), p + "-sales.csv");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('history:table').scrollIntoView()");
            browser.screenshot("finance-import-2-success-and-history");
        }
    }

    @Test
    void adminExcludesAnOutlierAndFinanceConfirmsAPeriod() {
        String p = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        company(p);
        post(
                new HttpCalls(base),
                "sales",
                SALES_HEADER
                        + "\n"
                        + p
                        + "-O1,"
                        + p
                        + "-1,"
                        + p
                        + "-C1,software,2023-07-01,1200.00\n"
                        + p
                        + "-O2,"
                        + p
                        + "-1,"
                        + p
                        + "-C2,software,2023-07-02,9800000.00\n");
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("admin", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/data/sales.xhtml");
            browser.find(By.id("sales:customerId")).sendKeys(p + "-C2");
            browser.click(By.id("sales:apply"));
            browser.waitForText(By.id("sales:table"), p + "-O2");
            browser.click(By.id("sales:table:0:exclude"));
            browser.find(By.id("exclusion:reason")).sendKeys("one-off government order");
            browser.click(By.id("exclusion:confirmExclude"));
            browser.waitForText(By.id("sales:table"), "one-off government order");
            assertThat(browser.scrollsSideways()).as("sales page at 390 px").isFalse();
            browser.screenshot("admin-sales-excluded-390px");
        }
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn("finance", PASSWORD);
            browser.waitForUrlContaining("home.xhtml");
            browser.go("/data/confirmation.xhtml");
            browser.click(By.id("topbar:langEn"));
            browser.find(By.id("current"));
            if (browser.isPresent(By.id("confirmation:confirm"))) {
                browser.click(By.id("confirmation:confirm"));
            }
            browser.waitForText(By.id("confirmation:valid"), "Confirmed by finance");
            browser.screenshot("finance-confirmation");
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.driver()
                .findElement(By.cssSelector("#upload\\:file input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Org units, two reps and two customers through the API, as an administrator would. */
    private void company(String p) {
        HttpCalls http = new HttpCalls(base);
        post(
                http,
                "org-units",
                "code,name_zh,name_en,parent_code,kind,market,stage\n"
                        + p
                        + "-HQ,总部,HQ,,COMPANY,,\n"
                        + p
                        + "-T1,一组,Team 1,"
                        + p
                        + "-HQ,TEAM,MATURE,NEW\n");
        post(
                http,
                "reps",
                "employee_no,name,org_unit_code,manager_employee_no,level,hire_date,"
                        + "base_bonus_month,base_bonus_quarter,base_bonus_year,active\n"
                        + p
                        + "-1,张伟,"
                        + p
                        + "-T1,,JUNIOR,2022-01-01,1000,3000,12000,true\n");
        post(
                http,
                "customers",
                "customer_id,name,segment\n"
                        + p
                        + "-C1,客户甲,HIGH_VALUE\n"
                        + p
                        + "-C2,客户乙,POTENTIAL\n");
    }

    private static void post(HttpCalls http, String kind, String csv) {
        assertThat(http.postCsv("/api/v1/imports/" + kind, "admin", PASSWORD, csv).statusCode())
                .as("setting up " + kind)
                .isEqualTo(200);
    }

    private static Path file(String name, String... lines) throws IOException {
        Path dir =
                Files.createDirectories(
                        Path.of("target", "upload-files", UUID.randomUUID().toString()));
        return Files.writeString(
                dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
