package org.recflow.web;

import org.recflow.kernel.ErrorPages;

import org.recflow.kernel.RecflowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Browser hardening (issue 15 item 6) as Spring sees it: the policy headers, no inline script in any page, the
 * refusal of a cross-site state-changing API request while clients without Origin go on, and the error page a browser
 * gets with the problem's words.
 */
@SpringTest
class BrowserHardeningTest {

    static final String CREATE = """
            {"procedure":"AAP","number":"Z.9999","revision":"NEW","title":"t","studyGroup":"SG20"}""";

    @Autowired MockMvc mvc;

    @Test
    void pagesAndApiCarryAPolicyWithoutInlineScriptAndAReferrerPolicy() throws Exception {
        for (String path : List.of("/login", "/api/approvals")) {
            var response = mvc.perform(get(path).with(httpBasic("tsb", "demo"))).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
            String scriptSrc = csp.replaceAll(".*script-src([^;]*);.*", "$1");
            assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void noTemplateHoldsAnInlineScriptOrAnEventHandlerAttribute() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(templates).isNotEmpty();
            for (Path t : templates) {
                var doc = Jsoup.parse(Files.readString(t));
                assertThat(doc.select("script:not([src]):not([th:src])")).as(t.toString()).isEmpty();
                assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().toLowerCase().startsWith("on")).toList()).as(t.toString()).isEmpty();
            }
        }
    }

    @Test
    void aStateChangingApiRequestFromAForeignOriginIsRefusedBeforeItsCredentialsCount() throws Exception {
        mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("Origin", "https://evil.example")
                        .contentType(MediaType.APPLICATION_JSON).content(CREATE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.detail").value("a request that changes state is not taken from another site"));
        mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("Origin", "null")
                        .contentType(MediaType.APPLICATION_JSON).content(CREATE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/approvals/1/last-call").with(httpBasic("tsb", "demo")).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ELIGIBLE"));
    }

    @Test
    void clientsWithoutOriginOrFromTheSameOriginAreNotRefusedAsCrossSite() throws Exception {
        // an incomplete body: refused as invalid (400), not as cross-site (403), so nothing is created either way
        mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/approvals").with(httpBasic("chair-sg20", "demo")).header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        // reading is never refused as cross-site
        mvc.perform(get("/api/approvals").with(httpBasic("tsb", "demo")).header("Origin", "https://evil.example"))
                .andExpect(status().isOk());
    }

    @Test
    void theErrorPageOfABrowserCarriesTheProblemsWordsAndAnApiCallerKeepsTheProblem() throws Exception {
        for (int code : new int[] {403, 404, 409}) {
            String detail = "the words of a " + code;
            String html = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/dashboard/approvals/1")
                            .requestAttr(ErrorPages.DETAIL, detail))
                    .andExpect(status().is(code))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).selectFirst("[data-problem-detail]").text()).isEqualTo(detail);
        }
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/approvals/1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no such resource"));
    }

    @Test
    void aPagesRefusalBecomesTheErrorPageOnlyForABrowser() {
        var resolver = new PageErrorResolver();
        var browser = new MockHttpServletRequest("POST", "/dashboard/circulars/1");
        browser.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(browser, response, null, RecflowException.wrongStep("already issued"))).isNotNull();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(browser.getAttribute(ErrorPages.DETAIL)).isEqualTo("already issued");

        var api = new MockHttpServletRequest("POST", "/api/approvals/1/last-call");
        api.addHeader("Accept", "text/html");
        assertThat(resolver.resolveException(api, new MockHttpServletResponse(), null,
                RecflowException.wrongStep("already issued"))).isNull();
        var script = new MockHttpServletRequest("GET", "/dashboard");
        script.addHeader("Accept", "*/*");
        assertThat(resolver.resolveException(script, new MockHttpServletResponse(), null,
                RecflowException.notFound("approval 1"))).isNull();
    }
}
