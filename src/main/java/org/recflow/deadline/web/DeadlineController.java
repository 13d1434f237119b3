package org.recflow.deadline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.RecflowException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/deadlines}: every open deadline of every procedure, soonest first, overdue ones always included. */
@RestController
class DeadlineController {

    record DeadlineRow(String subjectType, long subjectId, String subject, String studyGroup, String kind, Instant dueAt,
            String waitingOn, boolean overdue) {
        static DeadlineRow of(Deadline d) {
            return new DeadlineRow(d.subjectType(), d.subjectId(), d.subject(), d.studyGroup(), d.kind().name(), d.dueAt(),
                    d.waitingOn().name(), d.overdue());
        }
    }

    private final DeadlineBook book;
    private final Clock clock;

    DeadlineController(DeadlineBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @GetMapping(path = "/api/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeadlineRow> deadlines(@RequestParam(required = false) String studyGroup, @RequestParam(required = false) String within) {
        return book.open(studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT), horizon(within)).stream()
                .map(DeadlineRow::of).toList();
    }

    /** {@code within} is an ISO-8601 duration (P30D, PT12H); without it, every open deadline. */
    private Instant horizon(String within) {
        if (within == null) {
            return Instant.parse("9999-12-31T23:59:59Z");
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
