package com.salesperf.it.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro with the war as built, shared by every client-side integration test of a pass
 * (HTTP and browser tests), so they do not each boot a server. Started on first use, on a free
 * loopback port, with the pass's database settings (the same post-boot script, libraries and
 * environment as the Arquillian servers) but its own root dir; stopped when the test JVM ends.
 * Server-side tests keep using Arquillian deployments.
 */
public final class SharedPortal {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(10);
    private static Process process;
    private static URL url;

    private SharedPortal() {}

    /** The base URL of the shared portal (no trailing slash), starting it if needed. */
    public static synchronized URL url() {
        if (url == null) {
            url = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPortal::stop));
        }
        return url;
    }

    static synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        url = null;
    }

    /** The root dir of the shared server: beside the Arquillian servers' one, never the same. */
    static Path rootDir() {
        return Path.of(System.getProperty("it.rootdir") + "-shared");
    }

    private static URL start() {
        int port = freePort();
        Path log =
                Path.of(
                        "target",
                        "shared-portal-" + System.getProperty("it.database", "h2") + ".log");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                javaBinary(),
                                "-Xmx1g",
                                "-XX:+UseParallelGC",
                                "-Duser.timezone=UTC",
                                "-jar",
                                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                                "--deploy",
                                "target/portal.war",
                                "--contextroot",
                                "/",
                                "--port",
                                String.valueOf(port),
                                "--rootdir",
                                rootDir().toString(),
                                "--postbootcommandfile",
                                System.getProperty("it.postboot"),
                                "--nocluster",
                                "--disablephonehome",
                                "--interfaces",
                                "127.0.0.1"));
        String addLibs = System.getProperty("it.addlibs", "").trim();
        if (!addLibs.isEmpty()) {
            command.addAll(List.of(addLibs.split("\\s+")));
        }
        try {
            process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
        URL base = toUrl("http://127.0.0.1:" + port);
        awaitLoginPage(base, log);
        return base;
    }

    private static void awaitLoginPage(URL base, Path log) {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the shared portal exited during start-up; see " + log + "\n" + tail(log));
            }
            if (answers(toUrl(base + "/login.xhtml"))) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException(
                "the shared portal did not serve the login page within "
                        + STARTUP_LIMIT
                        + "\n"
                        + tail(log));
    }

    private static boolean answers(URL page) {
        try {
            HttpURLConnection connection = (HttpURLConnection) page.openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() {
        try (ServerSocket socket =
                new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static URL toUrl(String text) {
        try {
            return URI.create(text).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
