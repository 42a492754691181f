package com.salesperf.evaluation.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/**
 * The evaluation job's name and parameters. The run id names the application's run row; period and
 * scheme are passed too so the job repository alone says what an execution was for.
 */
public final class JobRun {

    public static final String JOB = "evaluation-run";
    public static final String RUN_ID = "runId";
    public static final String PERIOD = "period";
    public static final String SCHEME_VERSION = "schemeVersionId";

    /** Items per chunk (a checkpoint and a transaction each). */
    public static final int CHUNK = 1000;

    private JobRun() {}

    public static Properties parameters(long runId, String period, long schemeVersionId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        parameters.setProperty(PERIOD, period);
        parameters.setProperty(SCHEME_VERSION, Long.toString(schemeVersionId));
        return parameters;
    }

    public static long runId(JobContext job) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return Long.parseLong(parameters.getProperty(RUN_ID));
    }
}
