package com.salesperf.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health readiness (/health/ready): the portal is ready only when its database was
 * reached and migrated. The answer names the problem, never any business data.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        if (database.isAvailable()) {
            return HealthCheckResponse.named("database").up().build();
        }
        return HealthCheckResponse.named("database")
                .down()
                .withData("problem", String.valueOf(database.problem()))
                .build();
    }
}
