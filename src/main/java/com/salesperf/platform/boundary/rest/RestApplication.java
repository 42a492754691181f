package com.salesperf.platform.boundary.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; resources add the version segment (/api/v1/...). */
@ApplicationPath("api")
public class RestApplication extends Application {}
