package org.recflow.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Procedure;
import org.recflow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One AAP and one TAP from their start to their outcome through the pages only, in real headless Chromium (issue 15
 * items 1 and 4): TSB announces, Member States comment and reply (and change a reply) in forms, the chairman judges
 * with the comments in front of him and records the meeting's outcome with Member State pickers and a reservation,
 * TSB notifies; a refused step shows the problem's words beside its field and changes nothing. The chairman starts
 * each approval from the dashboard's start form; only time is moved outside the pages (the test clock, and the
 * period's timer run as the job executor would).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = "spring.datasource.url=jdbc:h2:mem:recflow-steps-browser;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalStepsBrowserTest {

    @LocalServerPort int port;
    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + Files.createTempDirectory("recflow-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofMillis(500));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void open(long id) {
        browser.get(url("/dashboard/approvals/" + id));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
    }

    String status() {
        return browser.findElement(By.id("status")).getAttribute("data-status");
    }

    List<String> offered() {
        return browser.findElements(By.cssSelector("#steps form.step")).stream().map(f -> f.getAttribute("data-action")).toList();
    }

    /**
     * Fills the form of {@code action} as a person would (a value per field; a list of values selects several
     * options of a picker) and sends it; waits for the page the server redirects to.
     */
    void take(String action, Map<String, Object> fields) {
        WebElement form = browser.findElement(By.id("step-" + action));
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            WebElement field = form.findElement(By.name(f.getKey()));
            if (field.getTagName().equals("select")) {
                Select select = new Select(field);
                if (f.getValue() instanceof List<?> many) {
                    many.forEach(v -> select.selectByValue(v.toString()));
                } else {
                    select.selectByValue(f.getValue().toString());
                }
            } else {
                // dates and texts alike, whatever the browser's date widget looks like
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, f.getValue().toString());
            }
        }
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        waitUpTo(10).until(ExpectedConditions.stalenessOf(button));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("steps")));
    }

    /** axe-core's serious and critical findings on the page shown (the forms must be usable with a screen reader). */
    @SuppressWarnings("unchecked")
    List<Object> seriousAccessibilityViolations() throws Exception {
        String axe = Files.readString(java.nio.file.Path.of("frontend/node_modules/axe-core/axe.min.js"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; axe.run(document).then(function (r) { done(r); });");
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> (Object) (v.get("id") + ": " + v.get("help"))).toList();
    }

    /**
     * The signed-in chairman follows the dashboard's "Start an approval" link, finds his study group preselected, fills
     * the start form and sends it; answers the id of the approval whose page the server goes on to.
     */
    long startFromThePage(Map<String, Object> fields, String studyGroup) throws Exception {
        browser.get(url("/dashboard"));
        browser.findElement(By.id("start-approval")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-start-approval")));
        assertThat(new Select(browser.findElement(By.cssSelector("#step-start-approval select[name=studyGroup]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(studyGroup);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        take("start-approval", fields);
        taken("start-approval");
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/dashboard/approvals/(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(page.find()).as("on the new approval's page: " + browser.getCurrentUrl()).isTrue();
        assertThat(status()).isEqualTo("REQUESTED");
        return Long.parseLong(page.group(1));
    }

    void taken(String action) {
        assertThat(browser.findElement(By.id("step-taken")).getAttribute("data-action")).isEqualTo(action);
    }

    @Test
    void anAapFromTheLastCallToTheNotificationThroughThePages() throws Exception {
        clock.set("2027-01-11T09:00:00Z");
        // the chairman starts it from the dashboard's link, his study group preselected
        signIn("chair-sg20");
        long id = startFromThePage(Map.of("procedure", "AAP", "recommendation", "Y.4481", "revision", "NEW",
                "title", "Digital twin interfaces", "questions", "Q2/20", "summary", "Interfaces of digital twins.",
                "textReference", "SG20-TD1250", "agreedOn", "2027-01-08"), "SG20");
        assertThat(approvals.get(id).title()).isEqualTo("Digital twin interfaces");
        assertThat(approvals.get(id).history()).first().extracting(h -> h.actor()).isEqualTo("chair-sg20");

        clock.set("2027-01-18T08:00:00Z");
        signIn("tsb");
        open(id);
        assertThat(offered()).contains("announce-last-call").doesNotContain("comment", "judge");
        take("announce-last-call", Map.of("announcedOn", "2027-01-18"));
        taken("announce-last-call");
        assertThat(status()).isEqualTo("LAST_CALL");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("In Last Call");

        clock.set("2027-02-01T10:00:00Z");
        signIn("ms-fra");
        open(id);
        assertThat(offered()).containsExactly("comment");
        take("comment", Map.of("kind", "SUBSTANTIVE", "text", "Clause 6 contradicts Y.4000.", "proposedChanges", "Align clause 6 with Y.4000."));
        taken("comment");
        WebElement mine = browser.findElement(By.cssSelector("#comments li[data-mine=true]"));
        assertThat(mine.getText()).contains("Clause 6 contradicts Y.4000.").contains("Align clause 6 with Y.4000.");
        signIn("ms-deu");
        open(id);
        take("comment", Map.of("kind", "TYPOGRAPHICAL", "text", "6.2: recieve"));
        taken("comment");
        assertThat(browser.findElements(By.cssSelector("#comments li[data-mine=true]"))).hasSize(1);

        // time passes: the Last Call closes and its timer runs
        clock.moveTo("2027-02-16T00:00:00Z", id);
        signIn("chair-sg20");
        open(id);
        assertThat(status()).isEqualTo("LAST_CALL_JUDGEMENT");
        // the comments are in front of the chairman as he judges
        assertThat(browser.findElement(By.id("comments")).getText()).contains("Clause 6 contradicts Y.4000.").contains("6.2: recieve")
                .contains("FRA").contains("DEU");
        List<String> routes = new Select(browser.findElement(By.name("route"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(routes).contains("MEETING", "COMMENT_RESOLUTION").doesNotContain("APPROVE");
        take("judge", Map.of("route", "MEETING"));
        taken("judge");
        assertThat(status()).isEqualTo("AWAITING_MEETING");

        clock.set("2027-03-01T09:00:00Z");
        signIn("tsb");
        open(id);
        take("announce-meeting", Map.of("meetingStart", "2027-04-12", "meetingEnd", "2027-04-21"));
        taken("announce-meeting");

        clock.set("2027-04-21T16:00:00Z");
        signIn("chair-sg20");
        open(id);
        WebElement abstentions = browser.findElement(By.cssSelector("#step-record-meeting-outcome select[name=abstentions]"));
        assertThat(abstentions.getAttribute("multiple")).isNotNull();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        take("record-meeting-outcome", Map.of("meetingEnd", "2027-04-21", "abstentions", List.of("DEU", "BRA"),
                "reservations[0].member", "JPN", "reservations[0].note", "Japan reserves its position on clause 6."));
        taken("record-meeting-outcome");
        assertThat(status()).isEqualTo("APPROVED");
        assertThat(approvals.get(id).meetingOutcome().abstentions()).containsExactlyInAnyOrder("DEU", "BRA");
        // the outcome as the page tells it, reservations with their notes
        assertThat(browser.findElement(By.id("meeting-abstentions")).getText()).contains("DEU").contains("BRA");
        assertThat(browser.findElement(By.id("meeting-reservations")).getText()).contains("JPN: Japan reserves its position on clause 6.");

        signIn("tsb");
        open(id);
        assertThat(offered()).contains("notify");
        // refused: the circular is required; the words stand beside the field and nothing changes
        take("notify", Map.of("circular", " "));
        WebElement error = browser.findElement(By.id("err-f-notify-circular"));
        assertThat(error.getAttribute("data-problem-code")).isEqualTo("INVALID_REQUEST");
        assertThat(error.getText()).contains("circular");
        assertThat(browser.findElement(By.id("f-notify-circular")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        assertThat(approvals.get(id).notification().pending()).isTrue();
        take("notify", Map.of("circular", "TSB Circular 321"));
        taken("notify");
        assertThat(approvals.get(id).notification().circular()).isEqualTo("TSB Circular 321");
        assertThat(offered()).doesNotContain("notify");
    }

    @Test
    void aTapFromTheConsultationToTheOutcomeThroughThePages() throws Exception {
        clock.set("2026-12-01T09:00:00Z");
        signIn("chair-sg3");
        long id = startFromThePage(Map.of("procedure", "TAP", "recommendation", "D.51", "revision", "REVISED",
                "title", "Principles of international Internet connectivity", "questions", "Q1/3", "summary", "Charging principles.",
                "textReference", "SG3-TD110", "agreedOn", "2026-11-27", "nextMeeting.start", "2027-04-06",
                "nextMeeting.end", "2027-04-15"), "SG3");
        assertThat(approvals.get(id).procedure()).isEqualTo(Procedure.TAP);

        clock.set("2027-01-06T08:00:00Z");
        signIn("tsb");
        open(id);
        take("announce-consultation", Map.of("announcedOn", "2027-01-06"));
        taken("announce-consultation");
        assertThat(status()).isEqualTo("CONSULTATION");

        clock.set("2027-02-01T10:00:00Z");
        for (String[] r : new String[][] {{"ms-fra", "SUPPORT"}, {"ms-deu", "SUPPORT"}, {"ms-ken", "AGAINST"}}) {
            signIn(r[0]);
            open(id);
            assertThat(offered()).containsExactly("reply");
            take("reply", Map.of("position", r[1], "reasons", "Reply of " + r[0] + "."));
            taken("reply");
        }
        // Kenya sees its reply, kept in its form, and changes it before the close
        assertThat(browser.findElement(By.cssSelector("#replies li[data-mine=true]")).getText()).contains("KEN").contains("against");
        assertThat(new Select(browser.findElement(By.cssSelector("#step-reply select[name=position]"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("AGAINST");
        clock.set("2027-02-10T10:00:00Z");
        take("reply", Map.of("position", "SUPPORT", "reasons", "Our concerns were met."));
        taken("reply");
        assertThat(browser.findElement(By.cssSelector("#replies li[data-mine=true]")).getText()).contains("support").contains("version 2");

        signIn("tsb");
        open(id);
        take("distribute-texts", Map.of("distributedOn", "2027-02-10"));
        taken("distribute-texts");
        assertThat(browser.findElement(By.id("tally")).getText()).contains("Support 3");
        assertThat(browser.findElement(By.id("who-counts")).getText()).contains("FRA").contains("DEU").contains("KEN");

        // time passes: the consultation closes and its timer runs
        clock.moveTo("2027-03-24T00:00:00Z", id);
        clock.set("2027-04-15T16:00:00Z");
        signIn("chair-sg3");
        open(id);
        assertThat(status()).isEqualTo("AWAITING_MEETING");
        take("record-meeting-outcome", Map.of("meetingEnd", "2027-04-15", "abstentions", List.of("BRA")));
        taken("record-meeting-outcome");
        assertThat(status()).isEqualTo("APPROVED");
    }
}
