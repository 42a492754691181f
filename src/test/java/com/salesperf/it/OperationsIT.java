package com.salesperf.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.it.launcher.SharedPortal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operators and API clients rely on: health, the OpenAPI document and metrics. */
class OperationsIT {

    private final URL base = SharedPortal.url();

    @Test
    void readinessReportsTheDatabase() {
        HttpResponse<String> response = new HttpCalls(base).get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApi() {
        HttpResponse<String> response = new HttpCalls(base).get("/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/me").contains("/api/v1/imports/{kind}");
    }

    @Test
    void metricsAreServedToAdministratorsOnly() {
        assertThat(new HttpCalls(base).get("/metrics").statusCode()).isEqualTo(401);
        assertThat(new HttpCalls(base).get("/metrics", "s001", "demo1234").statusCode())
                .isEqualTo(403);
        HttpResponse<String> response = new HttpCalls(base).get("/metrics", "admin", "demo1234");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("mp_scope=\"base\"");
    }
}
