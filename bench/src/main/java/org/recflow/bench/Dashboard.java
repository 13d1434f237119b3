package org.recflow.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 5: the secretariat's reads with the approvals stored: {@code GET /api/deadlines} (all, the next 30 days, one
 * study group) as TSB over HTTP Basic, and the {@code /dashboard} page in a signed-in browser session. One client,
 * sequential: a warm-up, then requests until {@code --requests} or {@code --max-seconds}, whichever comes first
 * (at least {@code --min-requests}).
 */
final class Dashboard {

    static final String HEADER = "db,approvals,open_deadlines,endpoint,requests,errors,kbytes,p50_ms,p95_ms,p99_ms,max_ms,mean_ms";

    private Dashboard() {
    }

    static void run(Args a) throws Exception {
        String url = a.get("url");
        String label = a.get("approvals");
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(browser, url, a.get("user", "tsb"));
        String all = Http.get(url + "/api/deadlines", "tsb").body();
        int open = count(all, "\"subjectType\"");
        System.out.printf(Locale.ROOT, "dashboard with %s approvals: %d open deadlines (%d kB)%n", label, open, all.length() / 1024);
        String[] endpoints = a.get("endpoints", "/api/deadlines,/api/deadlines?within=P30D,/api/deadlines?studyGroup=SG20,"
                + "/dashboard,/dashboard?studyGroup=SG20").split(",");
        for (String e : endpoints) {
            boolean page = e.startsWith("/dashboard");
            HttpClient client = page ? browser : Http.CLIENT;
            HttpRequest req = (page ? HttpRequest.newBuilder(URI.create(url + e)) : Http.request(url + e, "tsb", Duration.ofSeconds(300)))
                    .timeout(Duration.ofSeconds(300)).GET().build();
            for (int i = 0; i < a.getInt("warmup", 5); i++) {
                client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            }
            Latency l = new Latency();
            int errors = 0;
            long bytes = 0;
            int n = 0;
            long stop = System.nanoTime() + a.getLong("max-seconds", 60) * 1_000_000_000L;
            int max = a.getInt("requests", 200);
            int min = a.getInt("min-requests", 20);
            while (n < max && (n < min || System.nanoTime() < stop)) {
                long s = System.nanoTime();
                HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                long d = System.nanoTime() - s;
                n++;
                if (r.statusCode() == 200) {
                    l.record(d);
                    bytes = r.body().length;
                } else {
                    errors++;
                }
            }
            System.out.printf(Locale.ROOT, "  %-36s %4d requests, %d errors, %7d kB, p50 %.1f p95 %.1f p99 %.1f max %.1f ms%n", e, n, errors,
                    bytes / 1024, l.p(50), l.p(95), l.p(99), l.max());
            Csv.append(a.get("out"), HEADER, a.get("db"), label, open, e, n, errors, bytes / 1024, l.p(50), l.p(95), l.p(99), l.max(),
                    l.mean());
        }
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The sign-in form: its CSRF token, then the POST; the session cookie stays in the client. */
    static void signIn(HttpClient browser, String url, String user) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
        String csrf = m.find() ? m.group(1) : null;
        if (csrf == null) {
            m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(form.body());
            csrf = m.find() ? m.group(1) : "";
        }
        String body = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
        }
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url + "/dashboard")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("dashboard after sign-in: " + page.statusCode());
        }
    }
}
