package com.salesperf.it;

import static com.salesperf.it.TestSupport.caller;
import static com.salesperf.it.TestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.organization.boundary.Accounts;
import com.salesperf.organization.boundary.ApiTokens;
import com.salesperf.organization.boundary.Directory;
import com.salesperf.organization.control.Account;
import com.salesperf.organization.control.EmployeeRow;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: schema, demo users, data scope in the service layer, API tokens. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(FoundationIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject Accounts accounts;

    @Inject Directory directory;

    @Inject ApiTokens apiTokens;

    @ArquillianResource URL base;

    @Test
    void theSchemaIsBuiltByFlyway() throws SQLException {
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'"))
                .isEqualTo(1L);
    }

    @Test
    void demoUsersExistForEveryRoleWithPbkdf2Hashes() {
        for (String username : List.of("s001", "mgr.east", "hr", "finance", "admin", "auditor")) {
            Account account = accounts.find(username).orElseThrow();
            assertThat(account.passwordHash()).startsWith("pbkdf2-sha256$600000$");
            assertThat(
                            new PasswordHasher()
                                    .verify("demo1234".toCharArray(), account.passwordHash()))
                    .isTrue();
        }
    }

    @Test
    void aRepSeesOnlyThemselfInTheDirectory() {
        Caller rep = caller(accounts, "s001");
        List<EmployeeRow> visible =
                directory.page(rep, new PageRequest(0, 100, "employeeNo", true, null));
        assertThat(visible).extracting(EmployeeRow::employeeNo).containsExactly("S001");
        assertThat(directory.count(rep, new PageRequest(0, 1, null, true, null))).isEqualTo(1);
    }

    @Test
    void aRepCannotOpenAnotherRepsProfile() {
        Caller rep = caller(accounts, "s001");
        long s002 = directory.idOf("S002").orElseThrow();
        assertThatThrownBy(() -> directory.profile(rep, s002))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aManagerSeesTheirRegionOnly() {
        Caller east = caller(accounts, "mgr.east");
        List<EmployeeRow> visible =
                directory.page(east, new PageRequest(0, 500, "employeeNo", true, null));
        assertThat(visible).isNotEmpty();
        assertThat(visible)
                .extracting(EmployeeRow::employeeNo)
                .contains("S001")
                .doesNotContain("S002", "S003");
        assertThat(visible).allSatisfy(row -> assertThat(row.unitCode()).startsWith("EAST"));
    }

    @Test
    void theBackOfficeSeesTheWholeCompany() {
        assertThat(directory.count(caller(accounts, "hr"), new PageRequest(0, 1, null, true, null)))
                .isEqualTo(
                        directory.count(
                                caller(accounts, "admin"), new PageRequest(0, 1, null, true, null)))
                .isGreaterThan(200);
    }

    @Test
    void aPersonalApiTokenAuthenticatesTheApiUntilRevoked() {
        Caller finance = caller(accounts, "finance");
        String token = apiTokens.create(finance, "payroll script", 30);
        HttpCalls http = new HttpCalls(base);
        assertThat(http.getWithBearer("/api/v1/me", token).body())
                .contains("\"username\":\"finance\"");
        long id = apiTokens.mine(finance).get(0).id();
        apiTokens.revoke(finance, id);
        assertThat(http.getWithBearer("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(
                        single(
                                dataSource,
                                "SELECT COUNT(*) FROM api_token WHERE token_hash = '"
                                        + token
                                        + "'"))
                .isZero();
    }
}
