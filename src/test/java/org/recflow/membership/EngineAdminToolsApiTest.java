package org.recflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code recflow.engine.admin-tools=true}, the one setting a person turns on: deployments and identity management
 * open to the engine's administrator only (TSB stays read-only), and the Camunda Admin application is back behind
 * Camunda's own sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties", properties = {
    "spring.datasource.url=jdbc:h2:mem:recflow-admin-tools;DB_CLOSE_DELAY=-1", "recflow.engine.admin-tools=true"})
class EngineAdminToolsApiTest {

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    int status(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theAdministratorMayManageDeploymentsAndIdentityTsbMayNot() throws Exception {
        assertThat(status("GET", "/engine-rest/user", "engine-admin", null)).isEqualTo(200);
        assertThat(status("GET", "/engine-rest/engine/default/group", "engine-admin", null)).isEqualTo(200);
        // no file in the body: the engine refuses it itself, after the door let the administrator in
        assertThat(status("POST", "/engine-rest/deployment/create", "engine-admin", "{}")).isNotIn(401, 403);
        assertThat(status("GET", "/engine-rest/user", "tsb", null)).isEqualTo(403);
        assertThat(status("POST", "/engine-rest/deployment/create", "tsb", "{}")).isEqualTo(403);
        assertThat(status("GET", "/engine-rest/user", "ms-fra", null)).isEqualTo(403);
        assertThat(status("GET", "/engine-rest/user", null, null)).isEqualTo(401);
    }

    @Test
    void theAdminApplicationIsCamundasOwnAgain() throws Exception {
        assertThat(status("GET", "/camunda/app/admin/default/", null, null)).isEqualTo(200);
    }
}
