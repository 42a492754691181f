package com.salesperf.demo.control;

import java.util.HashMap;
import java.util.Map;

/** The generator's command-line options. */
record CommandLine(String url, String user, String password, DemoSize size, int connections) {

    private static final String DEFAULT_CONNECTIONS = "2";

    static CommandLine parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("url")) {
            throw usage("--url is required");
        }
        String reps = options.get("reps");
        DemoSize size =
                reps == null ? DemoSize.standard() : DemoSize.benchmark(Integer.parseInt(reps));
        return new CommandLine(
                options.get("url"),
                options.getOrDefault("user", ""),
                options.getOrDefault("password", ""),
                size,
                Integer.parseInt(options.getOrDefault("connections", DEFAULT_CONNECTIONS)));
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(
                problem
                        + "; usage: --url JDBC_URL [--user USER] [--password PASSWORD] [--reps N] [--connections C]");
    }
}
