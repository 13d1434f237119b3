package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What only the real server shows (issue 15 item 6): the URLs Tomcat refuses itself answer an API caller with a
 * problem document, a browser gets HTML pages for 403 and 404 with the problem's words, and the session cookie is
 * SameSite=Lax, and Secure behind a proxy that says HTTPS; Tomcat runs as many request threads as there are database
 * connections, and a request beyond them waits its turn. Requests are written on a socket, byte for byte, so that no
 * client library rewrites the malformed URLs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = "spring.datasource.url=jdbc:h2:mem:recflow-browser;DB_CLOSE_DELAY=-1")
class ConnectorErrorsServerTest {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;
    @Autowired DataSource dataSource;

    record Answer(int status, List<String> headers, String body) {
        String header(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(h -> h.substring(h.indexOf(':') + 1).trim()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(h -> h.substring(h.indexOf(':') + 1).trim()).toList();
        }
    }

    Answer send(String method, String target, String body, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                req.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            // ISO-8859-1 keeps one char per byte, so that chunk sizes count right; the body is decoded afterwards
            String raw = all.toString(StandardCharsets.ISO_8859_1);
            int split = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, split).split("\r\n");
            String rest = raw.substring(split + 4);
            List<String> hs = new ArrayList<>(List.of(head).subList(1, head.length));
            var answer = new Answer(Integer.parseInt(head[0].split(" ")[1]), hs, rest);
            if ("chunked".equalsIgnoreCase(answer.header("Transfer-Encoding"))) {
                rest = dechunk(rest);
            }
            return new Answer(answer.status(), hs,
                    new String(rest.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    static String dechunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int eol = s.indexOf("\r\n", i);
            int size = Integer.parseInt(s.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the bodies here are ASCII
            out.append(s, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    static String basic(String user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRequestThreadsAreAsManyAsTheDatabaseConnections() throws Exception {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        var threads = (org.apache.tomcat.util.threads.ThreadPoolExecutor) server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        assertThat(threads.getMaximumPoolSize()).isEqualTo(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(10);
    }

    @Test
    void requestsBeyondTheRequestThreadsWaitTheirTurnAndAreAllAnswered() throws Exception {
        int requests = 40; // four times the threads, each reading the database
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return send("GET", "/api/approvals", null, basic("tsb"), "Accept: application/json");
                }));
            }
            start.countDown();
            for (Future<Answer> a : answers) {
                assertThat(a.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void urlsTomcatRefusesItselfAnswerTheApiWithAProblemDocument() throws IOException {
        for (String target : List.of("/api/approvals/%5C", "/api/approvals/a%2Fb", "/api/approvals/%ZZ", "/api/approvals/\\")) {
            for (String accept : List.of("application/json", "text/html")) {
                Answer a = send("GET", target, null, basic("tsb"), "Accept: " + accept);
                assertThat(a.status()).as(target + " " + accept).isEqualTo(400);
                assertThat(a.header("Content-Type")).as(target).startsWith("application/problem+json");
                assertThat(a.body()).as(target).contains("\"code\":\"INVALID_REQUEST\"").contains("\"status\":400");
            }
        }
    }

    /** Signs in through the form as a browser does (its CSRF token and cookie); returns the session cookie. */
    String signIn(String user) throws IOException {
        Answer form = send("GET", "/login", null, "Accept: text/html");
        String cookie = sessionCookie(form);
        String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
        Answer done = send("POST", "/login", "username=" + user + "&password=demo&_csrf=" + token,
                "Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded", "Accept: text/html");
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).doesNotContain("error");
        return sessionCookie(done);
    }

    static String sessionCookie(Answer a) {
        Matcher m = Pattern.compile("(JSESSIONID=[^;]+)").matcher(String.join("\n", a.all("Set-Cookie")));
        assertThat(m.find()).as("a session cookie in " + a.headers()).isTrue();
        return m.group(1);
    }

    @Test
    void aMemberStateOpeningTheDashboardGetsAPageWithTheProblemsWordsAndAnApiCallerTheProblem() throws IOException {
        String cookie = signIn("ms-fra");
        Answer page = send("GET", "/dashboard", null, "Cookie: " + cookie, "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(Jsoup.parse(page.body()).selectFirst("[data-problem-detail]").text())
                .isEqualTo("the dashboard is for TSB and study-group chairmen");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");

        Answer json = send("GET", "/dashboard", null, "Cookie: " + cookie, "Accept: application/json");
        assertThat(json.status()).isEqualTo(403);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json.body()).contains("the dashboard is for TSB and study-group chairmen");
    }

    @Test
    void anUnknownPageIsAnHtml404ForABrowserAndTheApiKeepsItsProblem() throws IOException {
        String cookie = signIn("tsb");
        Answer page = send("GET", "/dashboard/no-such-page", null, "Cookie: " + cookie, "Accept: text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(Jsoup.parse(page.body()).selectFirst("[data-problem-detail]").text()).isEqualTo("no such resource");

        Answer api = send("GET", "/api/no-such-resource", null, basic("tsb"), "Accept: text/html");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOnlyBehindHttps() throws IOException {
        String plain = String.join("\n", send("GET", "/login", null, "Accept: text/html").all("Set-Cookie"));
        assertThat(plain).contains("JSESSIONID=").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        String proxied = String.join("\n", send("GET", "/login", null, "Accept: text/html", "X-Forwarded-Proto: https")
                .all("Set-Cookie"));
        assertThat(proxied).contains("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
    }
}
