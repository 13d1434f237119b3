package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.CommentKind;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.circular.CircularKind;
import org.recflow.circular.CircularManagement;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The main pages in real headless Chromium (Debian's chromium and chromedriver), each as the account that uses it:
 * sign-in, dashboard, what waits on me (TSB and a Member State), the list of every procedure, an approval with its
 * diagram, a circular, and the error pages (404, 403). axe-core (frontend/node_modules/axe-core, installed by the
 * build's npm) runs on each and the test fails on any violation of impact serious or critical, naming rule and
 * elements. Screenshots go to target/screenshots; {@code -Drecflow.screenshots=docs/screenshots} refreshes the
 * README's (run by hand, never by CI, so CI leaves the tree clean).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = "spring.datasource.url=jdbc:h2:mem:recflow-a11y;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    static final Actor CHAIR_SG3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");

    @LocalServerPort int port;
    @Autowired ApprovalManagement approvals;
    @Autowired CircularManagement circulars;
    @Autowired TestClock clock;
    @Autowired org.recflow.question.QuestionManagement questions;
    @Autowired org.recflow.deletion.DeletionManagement deletions;

    WebDriver browser;
    long aapId;
    long circularId;

    @BeforeAll
    void setUp() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.TAP, "Y.4600", Revision.NEW,
                "Requirements of digital twin cities", "SG20", List.of("Q2/20"), "Requirements.", "SG20-TD2000",
                LocalDate.parse("2026-11-30"), new Commands.MeetingDates(LocalDate.parse("2027-09-06"), LocalDate.parse("2027-09-15")),
                null));
        clock.set("2027-01-11T09:00:00Z");
        aapId = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW,
                "Digital twin reference model for smart cities", "SG20", List.of("Q2/20"), "Reference model.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, aapId, null);
        approvals.comment(Actors.FRA, aapId, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "6.2: recieve", null));
        approvals.start(CHAIR_SG3, new Commands.StartApproval(Procedure.TAP, "D.50", Revision.REVISED,
                "International Internet connectivity", "SG3", List.of("Q1/3"), "Charging principles.", "SG3-TD100",
                LocalDate.parse("2026-12-15"), new Commands.MeetingDates(LocalDate.parse("2027-04-06"), LocalDate.parse("2027-04-15")), null));
        circularId = circulars.draft(Actors.TSB, new org.recflow.circular.Commands.DraftCircular(CircularKind.TAP_CONSULTATION,
                null, null, null, null, null, null, "SG20", LocalDate.parse("2027-09-06"), null)).id();
        questions.agree(Actors.CHAIR_SG20, new org.recflow.question.Commands.AgreeQuestion("SG20", "Q5/20",
                "Digital identity for IoT devices", "SG20-TD2001", true));
        deletions.agree(Actors.CHAIR_SG20, new org.recflow.deletion.Commands.RecordDeletion("Y.2060", "SG20",
                org.recflow.deletion.Procedure.AAP, "Superseded by Y.4480.", LocalDate.parse("2027-01-08")));
        clock.set("2027-01-12T09:00:00Z");

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en", "--user-data-dir=" + Files.createTempDirectory("recflow-a11y"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signInAs(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The serious and critical violations axe-core finds on the page now, one line each: rule, impact, elements. */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(Path.of("frontend/node_modules/axe-core/axe.min.js")));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; axe.run(document).then(function (r) { done(r); });");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                List<Object> targets = ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> n.get("target")).toList();
                found.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + targets);
            }
        }
        return found;
    }

    /** Checks the page and keeps a screenshot of it under {@code name}. */
    void check(String name) throws Exception {
        assertThat(seriousViolations()).as(name + " at " + browser.getCurrentUrl()).isEmpty();
        Path dir = Path.of(System.getProperty("recflow.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSignInPage() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isNotBlank();
        check("login");
        // the check itself can fail: a field with no label is a critical violation
        ((JavascriptExecutor) browser).executeScript(
                "var i = document.createElement('input'); i.type = 'text'; document.querySelector('main, body').appendChild(i);");
        assertThat(seriousViolations()).anyMatch(v -> v.startsWith("label (critical)"));
    }

    @Test
    void theSecretariatsPages() throws Exception {
        signInAs("tsb");
        browser.get(url("/dashboard"));
        check("dashboard");
        browser.get(url("/mine"));
        check("mine");
        browser.get(url("/dashboard/all"));
        assertThat(browser.findElements(By.cssSelector("#all tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        check("all-procedures");
        browser.get(url("/dashboard/approvals/" + aapId));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.id("diagram")).getAttribute("data-rendered")));
        assertThat(browser.findElement(By.id("where-now")).getText()).contains("In Last Call");
        check("approval");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('where-title').scrollIntoView()");
        check("approval-diagram");
        browser.get(url("/dashboard/circulars/" + circularId));
        check("circular");
        browser.get(url("/dashboard/approvals/987654321"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not Found");
        check("error-404");
    }

    @Test
    void aChairmansList() throws Exception {
        signInAs("chair-sg20");
        browser.get(url("/dashboard/all"));
        assertThat(browser.findElement(By.id("own-group")).getText()).contains("SG20");
        check("all-procedures-chairman");
        // the same list in Arabic, right to left, statuses in the bundle's words
        browser.get(url("/dashboard/all?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        check("all-procedures-ar");
    }

    @Test
    void aMemberStatesPages() throws Exception {
        signInAs("ms-fra");
        browser.get(url("/mine"));
        check("mine-member-state");
        browser.get(url("/dashboard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        check("error-403");
    }
}
