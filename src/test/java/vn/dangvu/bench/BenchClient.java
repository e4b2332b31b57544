package vn.dangvu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * What the HTTP load drivers share: one HTTP/1.1 client for a running application, log-ins that keep each account's
 * session cookies, requests carrying them (and the CSRF token on writes), and latency percentiles.
 */
final class BenchClient {

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final String base;

    BenchClient(String base) {
        this.base = base;
    }

    /** Logs every account in, a few at a time (password hashing is the slow part), and keeps their cookies. */
    List<Map<String, String>> logIn(List<String> logins, String password) throws Exception {
        Semaphore parallel = new Semaphore(8);
        List<CompletableFuture<Map<String, String>>> futures = new ArrayList<>();
        for (String login : logins) {
            parallel.acquire();
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return logIn(login, password);
                } finally {
                    parallel.release();
                }
            }));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private Map<String, String> logIn(String login, String password) {
        try {
            Map<String, String> cookies = new LinkedHashMap<>();
            keep(cookies, http.send(get("/api/v1/me", cookies), HttpResponse.BodyHandlers.discarding()));
            HttpResponse<String> response = http.send(
                    send(
                            "POST",
                            "/api/v1/auth/login",
                            cookies,
                            "{\"username\":\"" + login + "\",\"password\":\"" + password + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "login of " + login + ": " + response.statusCode() + " " + response.body());
            }
            keep(cookies, response);
            return cookies;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest get(String path, Map<String, String> cookies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader(cookies));
        }
        return builder.GET().build();
    }

    /** A write with the session and its CSRF token; a {@code null} body sends none. */
    HttpRequest send(String method, String path, Map<String, String> cookies, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Cookie", cookieHeader(cookies))
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
        if (json == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    static void keep(Map<String, String> cookies, HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The {@code p}-th percentile in milliseconds of sorted nanosecond latencies (NaN when there are none). */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
