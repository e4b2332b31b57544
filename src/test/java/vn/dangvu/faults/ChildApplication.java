package vn.dangvu.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.PlatformTestBase;
import vn.dangvu.support.PostgresTestDatabase;

/**
 * The real application in a JVM of its own, on a PostgreSQL database of the test's: the postgres profile, a free
 * port, the TINY demo city with the demo password, a known administrator password, and a temporary folder of its own.
 * Started from the test JVM's class path without the test classes, so it runs exactly the main code. {@link #kill()}
 * is {@code kill -9}; {@link #close()} ends it whatever state it is in.
 */
final class ChildApplication implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-fault-pass-1";

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application on {@code jdbcUrl} and answers once it is ready to serve. */
    static ChildApplication start(String jdbcUrl, Path workDir, String... extraArguments) throws IOException {
        int port = freePort();
        Files.createDirectories(workDir.resolve("tmp"));
        Path log = Files.createTempFile(workDir, "app-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + workDir.resolve("tmp"),
                "-cp",
                mainClassPath(),
                "vn.dangvu.DangVuApplication",
                "--server.port=" + port,
                "--dangvu.demo.enabled=true",
                "--dangvu.demo.size=TINY",
                "--dangvu.demo.password=" + PlatformTestBase.DEMO_PASSWORD,
                "--dangvu.demo.reference-date=2026-03-01",
                "--dangvu.files.dir=" + workDir.resolve("files"),
                "--logging.level.root=WARN"));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("DB_URL", jdbcUrl);
        builder.environment().put("DB_USER", PostgresTestDatabase.user());
        builder.environment().put("DB_PASSWORD", PostgresTestDatabase.password());
        builder.environment().put("DB_POOL_SIZE", "10");
        builder.environment().put("DANGVU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ChildApplication app = new ChildApplication(builder.start(), port, log);
        try {
            app.awaitReady();
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    int port() {
        return port;
    }

    ApiClient loggedIn(String username) {
        ApiClient client = new ApiClient(port);
        ApiClient.Response response =
                client.login(username, "admin".equals(username) ? ADMIN_PASSWORD : PlatformTestBase.DEMO_PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return client;
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The end of the application's log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting:\n" + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("the application was not ready within " + START_LIMIT + ":\n" + logTail());
    }

    /** A short wait between two polls of a real process's state. */
    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The test JVM's class path, a manifest-only jar opened up, without the test classes (their test configurations
     * would replace beans of the application, such as the clock).
     */
    static String mainClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(entry));
        }
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(e -> !Path.of(e).endsWith("test-classes"))
                        .toList());
    }

    private static List<String> expand(String entry) {
        if (!entry.endsWith(".jar") || !Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(entry)) {
            Manifest manifest = jar.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of(entry);
            }
            List<String> expanded = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                expanded.add(Path.of(URI.create(url)).toString());
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
