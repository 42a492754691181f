package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.caller;
import static com.salesperf.it.TestSupport.createAccount;
import static com.salesperf.it.TestSupport.importRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.analytics.boundary.TeamColumns;
import com.salesperf.analytics.boundary.TeamPerformance;
import com.salesperf.analytics.control.TeamQuery;
import com.salesperf.data.boundary.Imports;
import com.salesperf.data.control.ImportKind;
import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.boundary.UserAdministration;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.PdfFonts;
import com.salesperf.platform.control.PdfText;
import com.salesperf.platform.control.PdfTexts;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.boundary.Targets;
import com.salesperf.targets.control.TargetRow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's PDF documents on H2 and PostgreSQL: target responsibility letters over the REST API
 * (own letter, acknowledgement time, adjustments, the data scope of reps and managers) and the team
 * table PDF within the manager's scope, and the evaluation report of a review package in the
 * reader's language. Every test builds its own company slice with fresh codes and accounts, so no
 * test depends on another or on the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class PdfDocumentsIT {

    private static final String Q3 = "2023Q3";
    private static final String PASSWORD = "correct horse";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(PdfDocumentsIT.class);
    }

    @Inject Imports imports;
    @Inject UserAdministration users;
    @Inject Accounts accounts;
    @Inject Targets targets;
    @Inject TeamPerformance team;

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @ArquillianResource URL base;

    @Test
    void aRepDownloadsTheirOwnLetterWithTheAcknowledgementTimeAndLaterAdjustments() {
        Slice s = slice();
        HttpResponse<byte[]> before = get("/api/v1/my/targets/" + Q3 + "/letter?lang=en", s.rep1());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/pdf");
        assertThat(before.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("target-letter-" + Q3 + ".pdf");
        assertThat(PdfText.of(before.body()))
                .contains("Target responsibility letter")
                .contains(s.prefix() + "-1")
                .contains("1,000.00")
                .contains("Not yet acknowledged")
                .doesNotContain("All targets acknowledged");

        Caller rep = caller(accounts, s.rep1());
        List<TargetRow> own =
                targets.ofEmployee(rep, rep.employeeId(), 10).stream()
                        .filter(t -> t.periodCode().equals(Q3))
                        .toList();
        assertThat(own).hasSize(2);
        own.forEach(t -> targets.acknowledge(rep, t.id()));
        Instant acknowledged =
                targets.ofEmployee(rep, rep.employeeId(), 10).stream()
                        .filter(t -> t.periodCode().equals(Q3))
                        .map(TargetRow::acknowledgedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();

        String after =
                PdfText.of(get("/api/v1/my/targets/" + Q3 + "/letter?lang=en", s.rep1()).body());
        assertThat(after)
                .contains("All targets acknowledged by the rep at " + PdfTexts.when(acknowledged))
                .doesNotContain("Not yet acknowledged");

        byte[] chinese = get("/api/v1/my/targets/" + Q3 + "/letter?lang=zh", s.rep1()).body();
        if (PdfFonts.choice().cjk()) {
            assertThat(PdfText.of(chinese))
                    .contains("目标责任书")
                    .contains("测试甲")
                    .contains("测试区甲")
                    .contains("销售员已于 " + PdfTexts.when(acknowledged));
        }

        importRows(imports, ImportKind.TARGETS, Q3 + ",REP," + s.prefix() + "-1,sales,1200");
        String adjusted =
                PdfText.of(get("/api/v1/my/targets/" + Q3 + "/letter?lang=en", s.rep1()).body());
        assertThat(adjusted)
                .contains("Adjustments during the period")
                .contains("1,000.00")
                .contains("1,200.00")
                .contains("Not yet acknowledged");
    }

    @Test
    void aRepCannotDownloadAnotherRepsLetter() {
        Slice s = slice();
        HttpResponse<byte[]> other =
                get("/api/v1/people/" + s.prefix() + "-2/targets/" + Q3 + "/letter", s.rep1());
        HttpResponse<byte[]> unknown =
                get("/api/v1/people/" + s.prefix() + "-404/targets/" + Q3 + "/letter", s.rep1());
        assertThat(other.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(other.body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("测试乙");
        assertThat(
                        get(
                                        "/api/v1/people/"
                                                + s.prefix()
                                                + "-1/targets/"
                                                + Q3
                                                + "/letter",
                                        s.rep1())
                                .statusCode())
                .as("the own letter through the people path")
                .isEqualTo(200);
        assertThat(get("/api/v1/my/targets/" + Q3 + "/letter", s.managerA()).statusCode())
                .as("the own-letter path is for reps")
                .isEqualTo(403);
    }

    @Test
    void aManagerGetsLettersOfTheirRegionOnly() {
        Slice s = slice();
        HttpResponse<byte[]> own =
                get(
                        "/api/v1/people/" + s.prefix() + "-1/targets/" + Q3 + "/letter?lang=en",
                        s.managerA());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(own.body()))
                .contains(s.prefix() + "-1")
                .contains("Generated by " + s.managerA());

        HttpResponse<byte[]> other =
                get("/api/v1/people/" + s.prefix() + "-1/targets/" + Q3 + "/letter", s.managerB());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(
                        get(
                                        "/api/v1/people/"
                                                + s.prefix()
                                                + "-2/targets/"
                                                + Q3
                                                + "/letter",
                                        s.managerB())
                                .statusCode())
                .isEqualTo(200);
        assertThat(
                        get(
                                        "/api/v1/people/" + s.prefix() + "-2/targets/2023Q2/letter",
                                        s.managerB())
                                .statusCode())
                .as("no targets in that period")
                .isEqualTo(422);
    }

    @Test
    void theTeamTablePdfShowsTheManagersScopeOnly() {
        Slice s = slice();
        Caller managerA = caller(accounts, s.managerA());
        String text =
                PdfText.of(
                        team.pdf(
                                managerA,
                                new TeamQuery(Q3, s.prefix(), null, 0, 25, "target", false),
                                TeamColumns.all().visible(),
                                Locale.ENGLISH));
        assertThat(text)
                .contains("Team target vs actual")
                .contains(s.prefix() + "-1")
                .contains("1,000.00")
                .doesNotContain(s.prefix() + "-2")
                .contains("Generated by " + s.managerA());
        String all =
                PdfText.of(
                        team.pdf(
                                ADMIN,
                                new TeamQuery(Q3, s.prefix(), null, 0, 25, "target", false),
                                TeamColumns.all().visible(),
                                Locale.ENGLISH));
        assertThat(all.indexOf(s.prefix() + "-2"))
                .as("sorted by target, descending: 2000 before 1000")
                .isLessThan(all.indexOf(s.prefix() + "-1"))
                .isNotNegative();
        long regionB = accounts.find(s.managerB()).orElseThrow().scopeOrgUnitId();
        assertThatThrownBy(
                        () ->
                                team.pdf(
                                        managerA,
                                        new TeamQuery(Q3, null, regionB, 0, 25, null, true),
                                        TeamColumns.all().visible(),
                                        Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEvaluationReportIsInTheRequestedLanguageElseTheAccounts() throws SQLException {
        Slice s = slice();
        long regionA = accounts.find(s.managerA()).orElseThrow().scopeOrgUnitId();
        long pack =
                new ReviewFixtures(dataSource, "IT-PDF", "2019Q3", Q3)
                        .reviewPackage(regionA, "CALCULATED", null);
        String report = "/api/v1/reviews/" + pack + "/report";

        HttpResponse<byte[]> english = get(report + "?lang=en", s.managerA());
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(english.body()))
                .contains("Evaluation report · " + s.prefix() + "-RA · " + Q3)
                .contains("Status: Calculated")
                .contains("Prepared by")
                .contains("Signature / date:");

        accounts.preferLocale(s.managerA(), "zh_CN");
        for (String chinese : List.of(report + "?lang=zh", report)) {
            byte[] pdf = get(chinese, s.managerA()).body();
            // the title is readable even where the server has no CJK font
            assertThat(PdfText.title(pdf)).as(chinese).startsWith("考核报告 · " + s.prefix() + "-RA");
            assertThat(PdfText.of(pdf)).as(chinese).doesNotContain("Prepared by");
        }
        assertThat(PdfText.title(get(report + "?lang=en", s.managerA()).body()))
                .as("?lang= wins over the account's language")
                .startsWith("Evaluation report");
    }

    // ------------------------------------------------------------ helpers

    private record Slice(String prefix, String rep1, String managerA, String managerB) {}

    /**
     * Two regions with a team and a rep each, targets for both reps, accounts for reps and
     * managers.
     */
    private Slice slice() {
        String p = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        importRows(
                imports,
                ImportKind.ORG_UNITS,
                p + "-HQ,测试公司,Test company,,COMPANY,,",
                p + "-RA,测试区甲,Region A," + p + "-HQ,REGION,MATURE,",
                p + "-TA,甲组,Team A," + p + "-RA,TEAM,MATURE,NEW",
                p + "-RB,测试区乙,Region B," + p + "-HQ,REGION,MATURE,",
                p + "-TB,乙组,Team B," + p + "-RB,TEAM,MATURE,NEW");
        importRows(
                imports,
                ImportKind.REPS,
                p + "-1,测试甲," + p + "-TA,,JUNIOR,2022-01-01,1000,3000,12000,true",
                p + "-2,测试乙," + p + "-TB,,SENIOR,2021-05-01,1500,4500,18000,true");
        importRows(
                imports,
                ImportKind.TARGETS,
                Q3 + ",REP," + p + "-1,sales,1000",
                Q3 + ",REP," + p + "-1,newCustomers,5",
                Q3 + ",REP," + p + "-2,sales,2000");
        String lower = p.toLowerCase(Locale.ROOT);
        createAccount(users, lower + ".rep1", PASSWORD, p + "-1", null, Role.REP);
        createAccount(users, lower + ".rep2", PASSWORD, p + "-2", null, Role.REP);
        createAccount(users, lower + ".mgra", PASSWORD, null, p + "-RA", Role.MANAGER);
        createAccount(users, lower + ".mgrb", PASSWORD, null, p + "-RB", Role.MANAGER);
        return new Slice(p, lower + ".rep1", lower + ".mgra", lower + ".mgrb");
    }

    private HttpResponse<byte[]> get(String path, String username) {
        String root = base.toExternalForm().replaceAll("/$", "");
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(root + path))
                        .header("Authorization", HttpCalls.basic(username, PASSWORD))
                        .GET()
                        .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
