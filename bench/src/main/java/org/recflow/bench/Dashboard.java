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
 * (at least {@code --min-requests}). {@code /api/deadlines} answers a page at a time: one "request" of it here reads
 * every page, following {@code Link: <…>; rel="next"}, and its latency is the whole reading's; {@code pages} says how
 * many answers that took. With {@code --pid} (recflow's), each endpoint also reports the server's peak heap while it
 * ran ({@link HeapSampler}).
 */
final class Dashboard {

    static final String HEADER = "db,approvals,open_deadlines,endpoint,requests,errors,kbytes,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,"
            + "pages,heap_peak_mb,old_peak_mb";

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    /** One reading of an endpoint: every page of it. */
    record Reading(boolean ok, long bytes, int pages, int rows) {
    }

    private Dashboard() {
    }

    static void run(Args a) throws Exception {
        String url = a.get("url");
        String label = a.get("approvals");
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(browser, url, a.get("user", "tsb"));
        Reading all = read(browser, url, "/api/deadlines?limit=5000");
        int open = all.rows();
        System.out.printf(Locale.ROOT, "dashboard with %s approvals: %d open deadlines (%d kB in %d pages)%n", label, open,
                all.bytes() / 1024, all.pages());
        String[] endpoints = a.get("endpoints", "/api/deadlines,/api/deadlines?limit=5000,/api/deadlines?within=P30D,"
                + "/api/deadlines?studyGroup=SG20,/dashboard,/dashboard?studyGroup=SG20").split(",");
        for (String e : endpoints) {
            for (int i = 0; i < a.getInt("warmup", 5); i++) {
                read(browser, url, e);
            }
            Latency l = new Latency();
            int errors = 0;
            long bytes = 0;
            int pages = 0;
            int n = 0;
            long stop = System.nanoTime() + a.getLong("max-seconds", 60) * 1_000_000_000L;
            int max = a.getInt("requests", 200);
            int min = a.getInt("min-requests", 20);
            HeapSampler heap = new HeapSampler(a.get("pid", ""), 200);
            try (heap) {
                while (n < max && (n < min || System.nanoTime() < stop)) {
                    long s = System.nanoTime();
                    Reading r = read(browser, url, e);
                    long d = System.nanoTime() - s;
                    n++;
                    if (r.ok()) {
                        l.record(d);
                        bytes = r.bytes();
                        pages = r.pages();
                    } else {
                        errors++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  %-36s %4d requests, %d errors, %7d kB in %d page(s), p50 %.1f p95 %.1f p99 %.1f max %.1f ms,"
                    + " server heap peak %.0f MB (old %.0f MB)%n", e, n, errors, bytes / 1024, pages, l.p(50), l.p(95), l.p(99), l.max(),
                    heap.peakUsedMb(), heap.peakOldMb());
            Csv.append(a.get("out"), HEADER, a.get("db"), label, open, e, n, errors, bytes / 1024, l.p(50), l.p(95), l.p(99), l.max(),
                    l.mean(), pages, heap.peakUsedMb(), heap.peakOldMb());
        }
    }

    /**
     * Reads an endpoint: a page as the signed-in browser, or {@code /api/…} as TSB over HTTP Basic following every
     * {@code rel="next"} link to the end.
     */
    static Reading read(HttpClient browser, String url, String endpoint) throws Exception {
        boolean page = endpoint.startsWith("/dashboard");
        HttpClient client = page ? browser : Http.CLIENT;
        String next = url + endpoint;
        long bytes = 0;
        int pages = 0;
        int rows = 0;
        while (next != null) {
            HttpRequest req = (page ? HttpRequest.newBuilder(URI.create(next)) : Http.request(next, "tsb", Duration.ofSeconds(300)))
                    .timeout(Duration.ofSeconds(300)).GET().build();
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                return new Reading(false, bytes, pages, rows);
            }
            bytes += r.body().length;
            pages++;
            if (!page) {
                rows += count(new String(r.body(), StandardCharsets.UTF_8), "\"subjectType\"");
            }
            next = null;
            for (String link : r.headers().allValues("Link")) {
                Matcher m = NEXT.matcher(link);
                if (m.find()) {
                    next = URI.create(r.uri().toString()).resolve(m.group(1)).toString();
                }
            }
        }
        return new Reading(true, bytes, pages, rows);
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
