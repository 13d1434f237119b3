package org.recflow.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.CommentKind;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard as a person uses it, in real headless Chromium (Debian's chromium and chromedriver, no
 * driver download): sign in, see the overdue deadline highlighted, filter by study group, open an approval,
 * read its timeline and see its diagram with the current step; axe-core finds no serious or critical
 * accessibility violation. Run with -Drecflow.screenshots=docs to refresh docs/dashboard.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(locations = "classpath:recflow-test.properties",
        properties = "spring.datasource.url=jdbc:h2:mem:recflow-browser;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    static final Actor CHAIR_SG3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");

    @LocalServerPort int port;
    @Autowired ApprovalManagement approvals;

    WebDriver browser;
    long tapId;
    long aapId;

    @BeforeAll
    void setUp() throws Exception {
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2027-01-11T09:00:00Z")));
        aapId = approvals.start(Actors.CHAIR_SG20, new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW,
                "Digital twin reference model for smart cities", "SG20", List.of("Q2/20"), "Reference model.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), null, null)).id();
        approvals.announceLastCall(Actors.TSB, aapId, null);
        approvals.comment(Actors.FRA, aapId, new Commands.SubmitComment(CommentKind.TYPOGRAPHICAL, "6.2: recieve", null));
        tapId = approvals.start(CHAIR_SG3, new Commands.StartApproval(Procedure.TAP, "D.50", Revision.REVISED,
                "International Internet connectivity", "SG3", List.of("Q1/3"), "Charging principles.", "SG3-TD100",
                LocalDate.parse("2026-12-15"), new Commands.MeetingDates(LocalDate.parse("2027-04-06"), LocalDate.parse("2027-04-15")), null)).id();
        // the TAP's intent had to be announced by 6 January: its deadline is overdue now
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2027-01-12T09:00:00Z")));

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("recflow-chromium"));
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
        ClockUtil.reset();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seriousAccessibilityViolations() throws Exception {
        String axe = Files.readString(Path.of("frontend/node_modules/axe-core/axe.min.js"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; axe.run(document).then(function (r) { done(r); });");
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }

    void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of(System.getProperty("recflow.screenshots", "target"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
    }

    @Test
    void aSecretarySignsInFiltersAndReadsAnApproval() throws Exception {
        browser.get(url("/dashboard"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("tsb");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("/dashboard") && !d.getCurrentUrl().contains("/login"));

        WebElement overdue = browser.findElement(By.cssSelector("#overdue tr.overdue[data-subject='" + tapId + "']"));
        assertThat(overdue.getAttribute("data-kind")).isEqualTo("MEETING_ANNOUNCEMENT");
        assertThat(overdue.getText()).contains("Overdue").contains("D.50").contains("Geneva").contains("UTC");
        assertThat(overdue.findElement(By.tagName("td")).getCssValue("background-color")).isEqualTo("rgba(253, 236, 236, 1)");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("dashboard.png");

        new Select(browser.findElement(By.id("studyGroup"))).selectByValue("SG20");
        browser.findElement(By.cssSelector("form.filter button")).click();
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("studyGroup=SG20"));
        assertThat(browser.findElements(By.cssSelector("tr[data-subject='" + tapId + "']"))).isEmpty();
        WebElement link = browser.findElement(By.cssSelector("tr[data-subject='" + aapId + "'] a"));
        assertThat(link.getText()).contains("Y.4480");

        link.click();
        waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/dashboard/approvals/" + aapId));
        // words for people, the code kept in an attribute (issue 15 item 5)
        assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("LAST_CALL");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("In Last Call");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Approval requested").contains("Last Call announced").contains("Comment submitted")
                .doesNotContain("LAST_CALL_ANNOUNCED");
        waitUpTo(20).until(d -> "true".equals(d.findElement(By.id("diagram")).getAttribute("data-rendered")));
        List<WebElement> current = browser.findElements(By.cssSelector("#diagram .djs-element.current-step"));
        assertThat(current).extracting(e -> e.getAttribute("data-element-id")).containsExactly("lastCallClosed");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("approval.png");
    }

    @Test
    void aMemberStateCannotOpenTheDashboard() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("ms-fra");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // signing in lands a Member State on what waits on it, not on a refusal (issue 15)
        waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/mine"));
        assertThat(browser.findElements(By.cssSelector("[data-problem-detail]"))).isEmpty();
        browser.get(url("/dashboard"));
        // an HTML page with the problem's words, not the raw problem document (issue 15 item 6)
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("[data-problem-detail]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-problem-detail]")).getText())
                .isEqualTo("the dashboard is for TSB and study-group chairmen");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("NOT_ELIGIBLE");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }
}
