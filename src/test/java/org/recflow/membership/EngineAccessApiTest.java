package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Over real HTTP (the engine's REST API is a Jersey servlet that MockMvc does not drive): who may use
 * {@code /engine-rest}, what the Camunda web applications show anonymous callers, and sign-in throttling with the
 * default limits. {@code recflow.engine.admin-tools} is off, as in every profile by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
    "spring.datasource.url=jdbc:h2:mem:recflow-engine-access;DB_CLOSE_DELAY=-1",
    "recflow.sign-in.account-limit=10", "recflow.sign-in.address-limit=1000"})
class EngineAccessApiTest {

    @LocalServerPort int port;
    @Autowired SignInGuard guard;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> call(String method, String path, String user, String password, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String method, String path, String user, String json) throws Exception {
        return call(method, path, user, "demo", json).statusCode();
    }

    @Test
    void theEngineRestMatrix() throws Exception {
        // nobody signed in, and callers who are neither TSB nor the administrator
        assertThat(status("GET", "/engine-rest/engine", null, null)).isEqualTo(401);
        for (String user : List.of("ms-fra", "chair-sg20", "sm-ericsson")) {
            assertThat(status("GET", "/engine-rest/engine", user, null)).as(user).isEqualTo(403);
            assertThat(status("PUT", "/engine-rest/job/none/retries", user, "{\"retries\":1}")).as(user).isEqualTo(403);
        }
        // TSB reads, and retries failed jobs (incidents), nothing else
        assertThat(status("GET", "/engine-rest/engine", "tsb", null)).isEqualTo(200);
        assertThat(status("GET", "/engine-rest/process-definition", "tsb", null)).isEqualTo(200);
        assertThat(status("GET", "/engine-rest/incident", "tsb", null)).isEqualTo(200);
        assertThat(status("PUT", "/engine-rest/job/none/retries", "tsb", "{\"retries\":1}")).isNotIn(401, 403);
        assertThat(status("POST", "/engine-rest/job/retries", "tsb", "{\"retries\":1,\"jobIds\":[]}")).isNotIn(401, 403);
        assertThat(status("PUT", "/engine-rest/engine/default/job/none/retries", "tsb", "{\"retries\":1}")).isNotIn(401, 403);
        assertThat(status("POST", "/engine-rest/process-definition/key/AAP/start", "tsb", "{}")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/process-instance", "tsb", "{}")).isEqualTo(403);
        assertThat(status("DELETE", "/engine-rest/process-instance/none", "tsb", null)).isEqualTo(403);
        assertThat(status("PUT", "/engine-rest/job/none/suspended", "tsb", "{\"suspended\":true}")).isEqualTo(403);
        // the administrator may use the rest of it
        assertThat(status("GET", "/engine-rest/engine", "engine-admin", null)).isEqualTo(200);
        assertThat(status("POST", "/engine-rest/process-instance", "engine-admin", "{}")).isEqualTo(200);
        assertThat(status("DELETE", "/engine-rest/process-instance/none", "engine-admin", null)).isNotIn(401, 403);
        // deployments (but reading them) and identity management are closed to everyone, the administrator too
        for (String user : List.of("tsb", "engine-admin")) {
            assertThat(status("POST", "/engine-rest/deployment/create", user, "{}")).as(user).isEqualTo(403);
            assertThat(status("POST", "/engine-rest/engine/default/deployment/create", user, "{}")).as(user).isEqualTo(403);
            assertThat(status("DELETE", "/engine-rest/deployment/any", user, null)).as(user).isEqualTo(403);
            assertThat(status("GET", "/engine-rest/user", user, null)).as(user).isEqualTo(403);
            assertThat(status("GET", "/engine-rest/engine/default/user", user, null)).as(user).isEqualTo(403);
            assertThat(status("POST", "/engine-rest/user/create", user, "{\"profile\":{\"id\":\"x\"}}")).as(user).isEqualTo(403);
            assertThat(status("GET", "/engine-rest/group", user, null)).as(user).isEqualTo(403);
            assertThat(status("GET", "/engine-rest/authorization", user, null)).as(user).isEqualTo(403);
            assertThat(status("GET", "/engine-rest/tenant", user, null)).as(user).isEqualTo(403);
        }
        assertThat(status("GET", "/engine-rest/deployment", "tsb", null)).isEqualTo(200);
    }

    @Test
    void anonymousCallersSeeNoCamundaVersion() throws Exception {
        String version = CamundaVersionMaskProbe.version();
        assertThat(version).matches("7\\.\\d+\\.\\d+.*");
        for (String path : List.of("/camunda/app/welcome/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/tasklist/default/", "/camunda/app/welcome/camunda-welcome-bootstrap.js",
                "/camunda/app/welcome/camunda-welcome-bootstrap.css")) {
            HttpResponse<String> page = call("GET", path, null, null, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).isNotEmpty().doesNotContain(version);
            assertThat(page.headers().map().toString()).as(path).doesNotContain(version);
        }
        assertThat(call("GET", "/camunda/app/welcome/default/", null, null, null).body()).containsPattern("bust=[0-9a-f]{12}");
    }

    @Test
    void theAdminApplicationAndItsFirstUserSetupAreClosed() throws Exception {
        assertThat(status("GET", "/camunda/app/admin/default/", null, null)).isNotEqualTo(200);
        assertThat(status("POST", "/camunda/api/admin/setup/default/user/create", null, "{\"profile\":{\"id\":\"eve\"},"
                + "\"credentials\":{\"password\":\"x\"}}")).isNotIn(200, 204);
        // the other web applications still answer
        assertThat(status("GET", "/camunda/app/cockpit/default/", null, null)).isEqualTo(200);
    }

    @Test
    void theSignInFormIsThrottledToo() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in form carries its CSRF token").isTrue();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String form = "username=chair-sg13&password=guess-" + i + "&_csrf=" + csrf.group(1);
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(r.statusCode());
            if (i == 10) {
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
        }
        // ten refusals back to the form, then a wait
        assertThat(statuses.subList(0, 10)).containsOnly(302);
        assertThat(statuses.get(10)).isEqualTo(429);
    }

    @Test
    void refusalsCostTheSameForKnownAndUnknownNamesAndRepeatedFailuresWait() throws Exception {
        long before = guard.digestsComputed();
        assertThat(status("GET", "/api/approvals", "no-such-user-" + port, null)).isEqualTo(401);
        long unknown = guard.digestsComputed() - before;
        before = guard.digestsComputed();
        assertThat(call("GET", "/api/approvals", "ms-deu", "wrong", null).statusCode()).isEqualTo(401);
        long known = guard.digestsComputed() - before;
        assertThat(unknown).isEqualTo(1).isEqualTo(known);

        // 50 wrong passwords in a row: the first ten are refused, the rest wait, and the answer says how long
        int refused = 0;
        int throttled = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 50; i++) {
            last = call("GET", "/api/approvals", "ms-nzl", "guess-" + i, null);
            if (last.statusCode() == 401) {
                refused++;
            } else if (last.statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(refused).isEqualTo(10);
        assertThat(throttled).isEqualTo(40);
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(last.body()).contains("\"code\":\"TOO_MANY_ATTEMPTS\"");
        assertThat(last.headers().firstValueAsLong("Retry-After")).isPresent();
        assertThat(last.headers().firstValueAsLong("Retry-After").getAsLong()).isBetween(1L, 15 * 60L);
        // the right password waits too (a throttle that let it through would confirm a guess); other accounts do not
        assertThat(status("GET", "/api/approvals", "ms-nzl", null)).isEqualTo(429);
        assertThat(status("GET", "/api/approvals", "ms-aus", null)).isEqualTo(200);
    }
}
