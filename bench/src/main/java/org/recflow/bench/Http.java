package org.recflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One HTTP/1.1 client (keep-alive connections, pooled by the JDK) and the Basic credentials of the demo accounts. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Map<String, String> BASIC = new ConcurrentHashMap<>();

    private Http() {
    }

    static String basic(String user, String password) {
        return BASIC.computeIfAbsent(user + ":" + password,
                k -> "Basic " + Base64.getEncoder().encodeToString(k.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpRequest.Builder request(String url, String user, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (user != null) {
            b.header("Authorization", basic(user, "demo"));
        }
        return b;
    }

    static HttpResponse<String> get(String url, String user) throws Exception {
        return CLIENT.send(request(url, user, Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> json(String method, String url, String user, String body, Duration timeout) throws Exception {
        return CLIENT.send(request(url, user, timeout).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> json(String method, String url, String user, String body) throws Exception {
        return json(method, url, user, body, Duration.ofSeconds(120));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
