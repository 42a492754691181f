package com.salesperf.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the schema was migrated and the database can be used; pages and health read it. */
@ApplicationScoped
public class DatabaseStatus {

    private volatile boolean available;
    private volatile String problem = "the database has not been checked yet";

    void ready() {
        available = true;
        problem = null;
    }

    void unavailable(String problem) {
        available = false;
        this.problem = problem;
    }

    public boolean isAvailable() {
        return available;
    }

    public String problem() {
        return problem;
    }
}
