package com.salesperf.data.entity;

/** How an import batch arrived. */
public enum ImportSource {
    UPLOAD,
    API,
    DEMO
}
