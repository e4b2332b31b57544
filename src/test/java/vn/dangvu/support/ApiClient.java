package vn.dangvu.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP the way the SPA does: keeps cookies, reads the {@code XSRF-TOKEN}
 * cookie and sends it as {@code X-XSRF-TOKEN} on every state change.
 */
public final class ApiClient {

    /** A response with its JSON body (or null). */
    public record Response(int status, String contentType, String body, Map<String, String> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Pretends to come from another client address (through the trusted local proxy). */
    public ApiClient from(String address) {
        extraHeaders.put("X-Forwarded-For", address);
        return this;
    }

    /** Sends a header with every request, e.g. {@code X-Forwarded-Proto: https} as the trusted local proxy would. */
    public ApiClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public ApiClient language(String tag) {
        extraHeaders.put("Accept-Language", tag);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A file download: the status, the content type and the raw bytes. */
    public record Download(int status, String contentType, byte[] bytes, Map<String, String> headers) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("content-type").orElse(""),
                    response.body(),
                    headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json) {
        return send(withCsrf(request(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response method(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = withCsrf(request(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Sends one file as the multipart part {@code field}. */
    public Response multipart(String method, String path, String field, String filename, byte[] bytes) {
        String boundary = "----dangvu" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return send(withCsrf(request(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts without the CSRF header. */
    public Response postWithoutCsrf(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response login(String username, String password) {
        if (csrfToken() == null) {
            get("/api/v1/me");
        }
        return post(
                "/api/v1/auth/login", "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}");
    }

    public static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("DANGVU_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        if (csrfToken() == null) {
            get("/api/v1/me");
        }
        String token = csrfToken();
        return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("content-type").orElse(""),
                    response.body(),
                    headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
