package org.recflow.deadline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineFormat;
import org.recflow.incident.IncidentManagement;
import org.recflow.incident.IncidentRetry;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.RecflowException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's pages: every open deadline at a glance (one approval's story is the approval module's page). */
@Controller
class DashboardController {

    /** One line of the deadline table, with its times in UTC and in Geneva. */
    record Row(String subjectType, long subjectId, String subject, String studyGroup, String kind, String kindLabel,
            String dueUtc, String dueGeneva, String dueIso, String waitingOn, boolean overdue, String link) {
    }

    /** A section of the page: its first rows, soonest first, and how many deadlines it has in all. */
    record Group(String id, String title, List<Row> rows, long total, boolean exact) {
        public boolean truncated() {
            return total > rows.size();
        }

        /** "1,234", or "10,000 or more" when the count stopped at {@link #COUNT_UP_TO}. */
        public String totalText() {
            return String.format(Locale.ENGLISH, "%,d", total) + (exact ? "" : " or more");
        }
    }

    /**
     * A person reads a few hundred lines, not 200,000: each section shows its soonest deadlines and says how many
     * more there are; the study-group filter, the API and the calendar feed give all of them.
     */
    static final int ROWS_PER_GROUP = 200;

    /** Sections count their deadlines up to this many. */
    static final int COUNT_UP_TO = 10_000;

    private final DeadlineBook book;
    private final MemberRegistry registry;
    private final RepositoryService repository;
    private final Clock clock;
    private final IncidentManagement incidents;

    DashboardController(DeadlineBook book, MemberRegistry registry, RepositoryService repository, Clock clock,
            IncidentManagement incidents) {
        this.incidents = incidents;
        this.book = book;
        this.registry = registry;
        this.repository = repository;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(Actor actor, @RequestParam(required = false) String studyGroup, Model model) {
        String sg = studyGroup == null || studyGroup.isBlank() ? null
                : registry.studyGroup(studyGroup).map(g -> g.code()).orElse(null);
        Instant now = clock.instant();
        // overdue: the period closed at least a second ago (ProcedureCalendar.hasClosed); this week: due within 7 days
        Instant overdueUntil = now.minusSeconds(1);
        Instant weekUntil = now.plus(Duration.ofDays(7));
        Instant end = Instant.parse("9999-12-31T23:59:59Z");
        model.addAttribute("actor", actor);
        model.addAttribute("now", times(now));
        model.addAttribute("studyGroups", registry.studyGroups());
        model.addAttribute("selected", sg);
        model.addAttribute("groups", List.of(group("overdue", "Overdue", book.open(sg, null, overdueUntil, ROWS_PER_GROUP, COUNT_UP_TO)),
                group("week", "Due this week", book.open(sg, overdueUntil, weekUntil, ROWS_PER_GROUP, COUNT_UP_TO)),
                group("later", "Later", book.open(sg, weekUntil, end, ROWS_PER_GROUP, COUNT_UP_TO))));
        if (actor.isTsb()) {
            // incidents are TSB's to see and retry (api.md, Operations); chairs do not get the section
            model.addAttribute("incidents", incidents.list(actor).stream().map(i -> new IncidentRow(i.id(),
                    i.subject().type(), i.subject().id(), i.subject().businessKey(), subjectLink(i.subject().type(), i.subject().id()),
                    i.activity(), i.activityId(), i.failedActivity(), i.message(),
                    i.failedAt() == null ? null : times(i.failedAt())[0], i.failedAt() == null ? null : i.failedAt().toString())).toList());
        }
        return "dashboard";
    }

    /** One line of the Incidents section. */
    record IncidentRow(String id, String subjectType, Long subjectId, String businessKey, String link, String activity,
            String activityId, String failedActivity, String message, String failedUtc, String failedIso) {
    }

    /**
     * The Incidents section's retry button (a form with the CSRF token): TSB runs the failed job again, and the page
     * says whether it ran through or failed again. Others get 403 NOT_ELIGIBLE; an unknown incident 404.
     */
    @PostMapping("/dashboard/incidents/{id}/retry")
    String retryIncident(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        IncidentRetry r = incidents.retry(actor, id);
        String subject = r.subject().type() == null ? r.subject().businessKey()
                : r.subject().type().toLowerCase(Locale.ROOT) + " " + r.subject().id();
        redirect.addFlashAttribute("retried", r.resolved()
                ? "The retry ran through: " + subject + " is now " + r.subject().status() + "."
                : "The retry failed again: " + r.newIncident().message());
        redirect.addFlashAttribute("retriedOk", r.resolved());
        return "redirect:/dashboard#incidents";
    }

    private static String subjectLink(String type, Long id) {
        if (type == null || id == null) {
            return null;
        }
        return "APPROVAL".equals(type) ? "/dashboard/approvals/" + id : "/api/" + type.toLowerCase(Locale.ROOT) + "s/" + id;
    }
    /** The BPMN of a deployed process, for the page's diagram. */
    @GetMapping(path = "/dashboard/processes/{key}.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> model(@PathVariable String key) throws java.io.IOException {
        ProcessDefinition def = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        if (def == null) {
            throw RecflowException.notFound("process " + key);
        }
        try (var in = repository.getProcessModel(def.getId())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(in.readAllBytes());
        }
    }

    private Group group(String id, String title, DeadlineBook.Slice slice) {
        return new Group(id, title, slice.first().stream().map(this::row).toList(), slice.total(), slice.exact());
    }

    private Row row(Deadline d) {
        String[] t = times(d.dueAt());
        String link = "APPROVAL".equals(d.subjectType()) ? "/dashboard/approvals/" + d.subjectId()
                : "/api/" + d.subjectType().toLowerCase(Locale.ROOT) + "s/" + d.subjectId();
        return new Row(d.subjectType(), d.subjectId(), d.subject(), d.studyGroup(), d.kind().name(), label(d.kind().name()), t[0], t[1],
                d.dueAt().toString(), d.waitingOn().name(), d.overdue(), link);
    }

    /** [UTC, Geneva] renderings of one instant. */
    static String[] times(Instant i) {
        return DeadlineFormat.times(i);
    }

    static String label(String kind) {
        return DeadlineFormat.label(kind);
    }
}
