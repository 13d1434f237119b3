package org.recflow.deadline.web;

import java.io.IOException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.deadline.WaitingOn;
import org.recflow.kernel.RecflowException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/deadlines.ics}: the open deadlines of {@code /api/deadlines} (same filters) as an iCalendar
 * feed (RFC 5545) that a calendar client can subscribe to. Each deadline is one VEVENT whose UID never
 * changes and whose SEQUENCE follows the deadline's, so a moved deadline updates the event in place. Lines are
 * folded at 75 octets, never inside a character (RFC 5545 §3.1, {@link ContentLines}).
 */
@RestController
class DeadlineCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private static final DateTimeFormatter GENEVA_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss z", Locale.ENGLISH);
    private static final Instant NO_HORIZON = Instant.parse("9999-12-31T23:59:59Z");

    private final DeadlineBook book;
    private final Clock clock;

    DeadlineCalendarController(DeadlineBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    /**
     * Streams the feed: the deadlines are read a page at a time ({@link DeadlineBook#page}) and each event is written
     * as it is read, so the feed of 200,000 deadlines takes no more memory than one of a thousand. Bad {@code within}:
     * 400 INVALID_REQUEST naming it, before anything is written.
     */
    @GetMapping(path = "/api/deadlines.ics", produces = "text/calendar")
    @ApiResponse(responseCode = "200", description = "every open deadline as an iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    void calendar(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) String within,
            HttpServletResponse response) throws IOException {
        String sg = studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT);
        Instant until = horizon(within);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        response.setContentType(TEXT_CALENDAR.toString());
        response.setHeader("Content-Disposition", ContentDisposition.inline().filename("recflow-deadlines.ics").build().toString());
        // a whole calendar as ical4j writes it (BEGIN, properties, components, END), one component at a time; ical4j
        // writes each content line whole and ContentLines folds them at 75 octets (its own writer counts characters)
        Writer out = response.getWriter();
        out.write("BEGIN:VCALENDAR\r\n");
        out.write(ContentLines.fold(new ProdId("-//recflow//deadlines//EN").toString()));
        out.write(ImmutableVersion.VERSION_2_0.toString());
        out.write(ImmutableCalScale.GREGORIAN.toString());
        out.write(ContentLines.fold(new XProperty("X-WR-CALNAME", "recflow deadlines").toString()));
        DeadlineBook.Position after = null;
        while (true) {
            List<Deadline> page = book.page(sg, until, after, PAGE);
            for (Deadline d : page) {
                out.write(ContentLines.fold(valid(event(d, now)).toString()));
            }
            if (page.size() < PAGE) {
                break;
            }
            after = DeadlineBook.Position.of(page.get(page.size() - 1));
        }
        out.write("END:VCALENDAR\r\n");
        out.flush();
    }

    /**
     * Every property of an event is set by us: an invalid one is a bug, reported as such (a 500 problem document while
     * nothing is sent yet; once the answer has begun, the feed ends short and the log says why).
     */
    private static VEvent valid(VEvent event) {
        ValidationResult validation = event.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("a deadline is not valid iCalendar: " + validation);
        }
        return event;
    }

    /** Deadlines read per query while streaming the feed. */
    static final int PAGE = 1000;

    private static VEvent event(Deadline d, Instant now) {
        Instant due = d.dueAt().truncatedTo(ChronoUnit.SECONDS);
        // an instant event (DTEND = DTSTART, RFC 5545 §3.6.1): the moment the period closes
        VEvent event = new VEvent(due, due, label(d.kind()) + " – " + d.subject());
        event.replace(new DtStamp(now));
        event.add(new Uid("deadline-" + d.id() + "@recflow"));
        event.add(new Sequence(d.sequence()));
        event.add(new Description(description(d)));
        event.add(new Categories(d.kind().name()));
        if (d.studyGroup() != null) {
            event.add(new Categories(d.studyGroup()));
        }
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static String description(Deadline d) {
        return label(d.kind()) + (d.overdue() ? " (overdue)" : "") + ".\n"
                + "Waiting on: " + waitingOn(d.waitingOn()) + ".\n"
                + "Due: " + GENEVA_TIME.format(ProcedureCalendar.inGeneva(d.dueAt())) + " (Geneva), "
                + DateTimeFormatter.ISO_INSTANT.format(d.dueAt()) + ".\n"
                + (d.studyGroup() == null ? "" : "Study group: " + d.studyGroup() + ".\n")
                + "Subject: " + d.subjectType() + " " + d.subjectId() + " – " + d.subject();
    }

    /** The deadline kinds of api.md as people say them. */
    static String label(DeadlineKind kind) {
        return switch (kind) {
            case LAST_CALL_CLOSE -> "Last Call closes";
            case COMMENT_COMPILATION -> "Comment compilation due";
            case ADDITIONAL_REVIEW_CLOSE -> "Additional Review closes";
            case MEETING_ANNOUNCEMENT -> "Meeting announcement due";
            case TEXT_DISTRIBUTION -> "Text distribution due";
            case CONSULTATION_CLOSE -> "Consultation closes";
            case MORE_TIME_CLOSE -> "More-time period closes";
            case NOTIFICATION -> "Notification of the result due";
            case QUESTION_CONSULTATION_CLOSE -> "Question consultation closes";
            case DELETION_OBJECTION_CLOSE -> "Deletion objection period closes";
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String waitingOn(WaitingOn w) {
        return switch (w) {
            case TSB -> "TSB";
            case CHAIR -> "the study group chair";
            case MEMBER_STATES -> "Member States";
            case MEMBERS -> "Members (Member States, Sector Members, Associates)";
            default -> w.name();
        };
    }

    /** As {@code GET /api/deadlines}: {@code within} is an ISO-8601 duration (P30D, PT12H); without it, every open deadline. */
    private Instant horizon(String within) {
        if (within == null) {
            return NO_HORIZON;
        }
        try {
            Duration d = Duration.parse(within);
            if (d.isNegative() || d.toDays() > 3660) {
                throw RecflowException.invalid("within", "'within' is a positive duration of at most ten years, e.g. P30D");
            }
            return clock.instant().plus(d);
        } catch (DateTimeParseException e) {
            throw RecflowException.invalid("within", "'within' is an ISO-8601 duration, e.g. P30D");
        }
    }
}
