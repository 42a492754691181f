package com.salesperf.it;

import static com.salesperf.it.TestSupport.caller;
import static com.salesperf.it.TestSupport.createAccount;
import static com.salesperf.it.TestSupport.importRows;
import static com.salesperf.it.TestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.data.boundary.Imports;
import com.salesperf.data.control.ImportKind;
import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.boundary.UserAdministration;
import com.salesperf.organization.entity.Role;
import com.salesperf.targets.boundary.Targets;
import com.salesperf.targets.control.TargetRow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * A rep's own targets and their acknowledgement (目标确认) over the REST API on H2 and PostgreSQL: the
 * list, one acknowledgement with its audit entry, a second one refused with 409, another rep's
 * target answered like an unknown id, and managers refused by role. Every test builds its own team
 * with fresh codes and accounts, so no test depends on another or on the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class TargetAcknowledgementIT {

    private static final String PASSWORD = "correct horse";

    /** 19 significant digits, as many as the column holds: more than a double keeps. */
    private static final String PRECISE = "123456789012345.6789";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TargetAcknowledgementIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject Imports imports;
    @Inject UserAdministration users;
    @Inject Accounts accounts;
    @Inject Targets targets;

    @ArquillianResource URL base;

    @Test
    void aRepListsTheirOwnTargetsNewestPeriodFirstWithExactValues() {
        Team t = team();
        HttpResponse<String> response = http().get("/api/v1/my/targets", t.rep1(), PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray list = json(response.body()).asJsonArray();
        assertThat(list.getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("periodCode") + " " + o.getString("measure"))
                .containsExactly("2023Q3 newCustomers", "2023Q3 sales", "2023Q2 sales");
        JsonObject sales = list.getJsonObject(1);
        assertThat(sales.getString("value")).isEqualTo(PRECISE);
        assertThat(sales.getString("periodType")).isEqualTo("QUARTER");
        assertThat(sales)
                .as("not acknowledged is an explicit null")
                .containsEntry("acknowledgedAt", JsonValue.NULL);
    }

    @Test
    void aRepAcknowledgesTheirTargetOnceAndTheStepIsAudited() {
        Team t = team();
        long id = ownTarget(t.rep1(), "2023Q3", "sales").id();

        HttpResponse<String> first = acknowledge(id, t.rep1());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject acknowledged = json(first.body()).asJsonObject();
        assertThat(acknowledged.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(acknowledged.getString("value")).isEqualTo(PRECISE);
        assertThat(acknowledged.getString("acknowledgedAt")).isNotBlank();
        assertThat(ownTarget(t.rep1(), "2023Q3", "sales").acknowledgedAt()).isNotNull();
        assertThat(ownTarget(t.rep1(), "2023Q3", "newCustomers").acknowledgedAt())
                .as("only the one target")
                .isNull();
        assertThat(acknowledgements(id, t.rep1())).isEqualTo(1);

        HttpResponse<String> again = acknowledge(id, t.rep1());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonObject error = json(again.body()).asJsonObject();
        assertThat(error.getString("error")).isEqualTo("target.error.acknowledged");
        assertThat(error.getString("message")).contains("already acknowledged");
        assertThat(acknowledgements(id, t.rep1())).as("no second audit entry").isEqualTo(1);
    }

    @Test
    void anotherRepsTargetIsAnsweredLikeAnUnknownOne() {
        Team t = team();
        long others = ownTarget(t.rep2(), "2023Q3", "sales").id();

        HttpResponse<String> other = acknowledge(others, t.rep1());
        HttpResponse<String> unknown = acknowledge(Long.MAX_VALUE, t.rep1());

        assertThat(other.statusCode()).as(other.body()).isEqualTo(404);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(json(other.body()).asJsonObject().getString("error"))
                .isEqualTo(json(unknown.body()).asJsonObject().getString("error"))
                .isEqualTo("error.notFound");
        assertThat(other.body())
                .as("nothing about the target")
                .doesNotContain("2000.0000")
                .doesNotContain("sales")
                .doesNotContain(t.prefix());
        assertThat(
                        http().postJson(
                                        "/api/v1/my/targets/x/acknowledgement",
                                        t.rep1(),
                                        PASSWORD,
                                        "")
                                .statusCode())
                .as("not an id")
                .isEqualTo(404);
        assertThat(ownTarget(t.rep2(), "2023Q3", "sales").acknowledgedAt()).isNull();
        assertThat(acknowledgements(others, t.rep1())).isZero();
    }

    @Test
    void aManagerCanNeitherListNorAcknowledgeARepsTargets() {
        Team t = team();
        long id = ownTarget(t.rep1(), "2023Q3", "sales").id();

        assertThat(http().get("/api/v1/my/targets", t.manager(), PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = acknowledge(id, t.manager());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(ownTarget(t.rep1(), "2023Q3", "sales").acknowledgedAt()).isNull();
    }

    // ------------------------------------------------------------ helpers

    private record Team(String prefix, String rep1, String rep2, String manager) {}

    /**
     * A region with one team of two reps, targets in two quarters for the first rep and one for the
     * second, and accounts for both reps and the region's manager.
     */
    private Team team() {
        String p = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        importRows(
                imports,
                ImportKind.ORG_UNITS,
                p + "-HQ,测试公司,Test company,,COMPANY,,",
                p + "-R,测试区,Region," + p + "-HQ,REGION,MATURE,",
                p + "-T,测试组,Team," + p + "-R,TEAM,MATURE,NEW");
        importRows(
                imports,
                ImportKind.REPS,
                p + "-1,测试甲," + p + "-T,,JUNIOR,2022-01-01,1000,3000,12000,true",
                p + "-2,测试乙," + p + "-T,,SENIOR,2021-05-01,1500,4500,18000,true");
        importRows(
                imports,
                ImportKind.TARGETS,
                "2023Q2,REP," + p + "-1,sales,900",
                "2023Q3,REP," + p + "-1,sales," + PRECISE,
                "2023Q3,REP," + p + "-1,newCustomers,5",
                "2023Q3,REP," + p + "-2,sales,2000");
        String lower = p.toLowerCase(Locale.ROOT);
        createAccount(users, lower + ".rep1", PASSWORD, p + "-1", null, Role.REP);
        createAccount(users, lower + ".rep2", PASSWORD, p + "-2", null, Role.REP);
        createAccount(users, lower + ".mgr", PASSWORD, null, p + "-R", Role.MANAGER);
        return new Team(p, lower + ".rep1", lower + ".rep2", lower + ".mgr");
    }

    private TargetRow ownTarget(String rep, String period, String measure) {
        List<TargetRow> own = targets.mine(caller(accounts, rep));
        return own.stream()
                .filter(t -> t.periodCode().equals(period) && t.measure().equals(measure))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> acknowledge(long id, String username) {
        return http().postJson(
                        "/api/v1/my/targets/" + id + "/acknowledgement", username, PASSWORD, "");
    }

    private long acknowledgements(long targetId, String actor) {
        return single(
                dataSource,
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'TARGET_ACKNOWLEDGED'"
                        + " AND entity_type = 'Target' AND entity_id = ? AND actor = ?",
                String.valueOf(targetId),
                actor);
    }

    private HttpCalls http() {
        return new HttpCalls(base);
    }

    private static JsonStructure json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
