package com.salesperf.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Sign-in and access rules seen from outside, over HTTP: pages, the API and its data scope. */
class SecurityIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedPortal.url();

    @Test
    void pagesSendAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> response = new HttpCalls(base).get("/home.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login.xhtml");
    }

    @Test
    void theLoginPageIsPublicAndCarriesSecurityHeaders() {
        HttpResponse<String> response = new HttpCalls(base).get("/login.xhtml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'self'");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theApiWantsCredentialsAndAnswersInJson() {
        HttpResponse<String> response = new HttpCalls(base).get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Basic");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void basicAuthenticationIdentifiesTheCaller() {
        HttpResponse<String> response = new HttpCalls(base).get("/api/v1/me", "s001", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"username\":\"s001\"")
                .contains("S001")
                .contains("REP");
        // a second call is served from the verified-credential cache and must answer the same
        assertThat(new HttpCalls(base).get("/api/v1/me", "s001", PASSWORD).body())
                .isEqualTo(response.body());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutDetail() {
        HttpResponse<String> response = new HttpCalls(base).get("/api/v1/me", "s002", "wrong");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid credentials").doesNotContain("password");
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        HttpCalls http = new HttpCalls(base);
        for (int i = 0; i < 7; i++) {
            http.get("/api/v1/me", "hr2", "wrong-" + i);
        }
        HttpResponse<String> response = http.get("/api/v1/me", "hr2", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aRepCanReadOnlyThemself() {
        HttpCalls http = new HttpCalls(base);
        assertThat(http.get("/api/v1/people/S001", "s001", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/people/S002", "s001", PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/people", "s001", PASSWORD).body())
                .contains("S001")
                .doesNotContain("S002");
    }

    @Test
    void aManagerOfEastCannotReadNorth() {
        HttpCalls http = new HttpCalls(base);
        assertThat(http.get("/api/v1/people/S001", "mgr.east", PASSWORD).statusCode())
                .isEqualTo(200);
        HttpResponse<String> north = http.get("/api/v1/people/S002", "mgr.east", PASSWORD);
        assertThat(north.statusCode()).isEqualTo(404);
        assertThat(north.body()).doesNotContain("李娜");
        assertThat(http.get("/api/v1/people/S002", "mgr.north", PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownIdsAndForbiddenIdsLookTheSame() {
        HttpCalls http = new HttpCalls(base);
        HttpResponse<String> unknown = http.get("/api/v1/people/S999999", "s001", PASSWORD);
        HttpResponse<String> forbidden = http.get("/api/v1/people/S003", "s001", PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(forbidden.statusCode()).isEqualTo(404);
    }
}
