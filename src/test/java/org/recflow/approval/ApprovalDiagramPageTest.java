package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.support.SpringTest;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 7 on the approval page: the diagram's caption says in words where the text stands (the step the
 * process waits in, from the bundle {@code i18n/pages}, English and Chinese), never a BPMN id; the diagram comes with
 * its zoom buttons; every step either model can wait in has its words in both languages.
 */
@SpringTest
class ApprovalDiagramPageTest {

    @Autowired MockMvc mvc;
    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;

    AapFixture aap;

    @BeforeEach
    void fixture() {
        aap = new AapFixture(approvals, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Document page(long id, String language) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("tsb").password("demo"))
                .andExpect(status().isFound()).andReturn().getRequest().getSession();
        return Jsoup.parse(mvc.perform(get("/dashboard/approvals/" + id).session(session).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theCaptionSaysInWordsThatTheChairmanMustJudge() throws Exception {
        long id = aap.inLastCallJudgement(CommentKind.SUBSTANTIVE);
        Document en = page(id, "en");
        assertThat(en.selectFirst("#where-now").attr("data-steps")).isEqualTo("lastCallJudged");
        assertThat(en.selectFirst("#where-now").text())
                .isEqualTo("Where the text stands: Waiting for the chairman's judgement after Last Call");
        assertThat(en.selectFirst(".diagram-figure").text()).doesNotContain("lastCallJudged");
        assertThat(en.select("[data-zoom]")).extracting(e -> e.attr("data-zoom")).containsExactly("in", "out", "fit", "current");
        assertThat(en.selectFirst("#diagram").attr("data-current")).isEqualTo("lastCallJudged");

        Document zh = page(id, "zh");
        assertThat(zh.selectFirst("#where-now").text()).isEqualTo("文本所处阶段： 最后征询期结束，等待研究组主席判定");
    }

    @Test
    void anEndedApprovalSaysWhereItEnded() throws Exception {
        long id = aap.inLastCall();
        clock.moveTo(AapFixture.AFTER_LAST_CALL, id);
        Document en = page(id, "en");
        assertThat(en.selectFirst("#where-now").text()).isEqualTo("Where the text stands: Approved");
    }

    @Test
    void everyStepAModelCanWaitInHasWordsInEnglishAndChinese() throws Exception {
        Properties en = bundle("");
        Properties zh = bundle("_zh");
        List<String> steps = new ArrayList<>();
        Pattern waits = Pattern.compile("<bpmn:(intermediateCatchEvent|endEvent|eventBasedGateway) id=\"([^\"]+)\"");
        for (String model : List.of("aap-approval.bpmn", "tap-approval.bpmn")) {
            Matcher m = waits.matcher(Files.readString(Path.of("processes", model)));
            while (m.find()) {
                steps.add(m.group(2));
            }
        }
        assertThat(steps).contains("lastCallJudged", "consultationClosed", "moreTimeWindow", "movedToTap");
        for (String step : steps) {
            assertThat(en.getProperty("diagram.step." + step)).as(step).isNotBlank();
            assertThat(zh.getProperty("diagram.step." + step)).as(step).isNotBlank().isNotEqualTo(en.getProperty("diagram.step." + step));
        }
    }

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ApprovalDiagramPageTest.class.getResourceAsStream("/i18n/pages" + suffix + ".properties")) {
            p.load(in);
        }
        return p;
    }
}
