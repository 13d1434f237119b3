package org.recflow.deadline.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.RecflowException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/deadlines}: every open deadline of every procedure, soonest first, overdue ones always included,
 * a page at a time. {@code limit} rows per page (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}); while
 * more remain, the answer links the next page ({@code Link: <…>; rel="next"}, RFC 8288) with an opaque {@code cursor}
 * that carries the filters and the horizon of the first page ({@link DeadlineCursor}). Bad {@code limit},
 * {@code within} or {@code cursor}: 400 INVALID_REQUEST naming the parameter.
 */
@RestController
class DeadlineController {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    /** A horizon beyond every deadline: no {@code within}. */
    static final Instant NO_HORIZON = Instant.parse("9999-12-31T23:59:59Z");

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
    @ApiResponse(responseCode = "200", description = "a page of open deadlines, soonest first",
            headers = @Header(name = HttpHeaders.LINK, description = "<…?…&cursor=…>; rel=\"next\" (RFC 8288) while more remain",
                    schema = @Schema(type = "string")))
    ResponseEntity<List<DeadlineRow>> deadlines(
            @Parameter(description = "a study group (SG20); any case") @RequestParam(required = false) String studyGroup,
            @Parameter(description = "an ISO-8601 duration (P30D): deadlines due within it, overdue ones always")
            @RequestParam(required = false) String within,
            @Parameter(description = "rows per page, 1 to " + MAX_LIMIT + "; default " + DEFAULT_LIMIT,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "5000", defaultValue = "500"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "opaque: copied from the Link header of the previous page, with the same studyGroup and within")
            @RequestParam(required = false) String cursor) {
        String sg = studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT);
        int size = limit(limit);
        DeadlineBook.Position after = null;
        Instant until;
        if (cursor == null) {
            until = horizon(within, clock);
        } else {
            DeadlineCursor c = DeadlineCursor.decode(cursor);
            c.requireQuery(sg, within);
            after = c.after();
            until = c.horizon();
        }
        List<Deadline> rows = book.page(sg, until, after, size + 1); // one more than asked: whether a next page exists
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            String next = new DeadlineCursor(DeadlineBook.Position.of(rows.get(size - 1)), sg, within, until).encode();
            answer.header(HttpHeaders.LINK, "<" + nextPage(sg, within, size, next) + ">; rel=\"next\"");
        }
        return answer.body(rows.stream().map(DeadlineRow::of).toList());
    }

    private static String nextPage(String studyGroup, String within, int limit, String cursor) {
        StringBuilder query = new StringBuilder();
        if (studyGroup != null) {
            query.append("studyGroup=").append(URLEncoder.encode(studyGroup, StandardCharsets.UTF_8)).append('&');
        }
        if (within != null) {
            query.append("within=").append(URLEncoder.encode(within, StandardCharsets.UTF_8)).append('&');
        }
        query.append("limit=").append(limit).append("&cursor=").append(cursor);
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString() + "?" + query;
    }

    /** {@code limit}: absent gives {@value #DEFAULT_LIMIT}; otherwise a whole number from 1 to {@value #MAX_LIMIT}. */
    static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RecflowException.invalid("limit", "'limit' is a whole number from 1 to " + MAX_LIMIT);
    }

    /** {@code within} is an ISO-8601 duration (P30D, PT12H); without it, every open deadline. */
    static Instant horizon(String within, Clock clock) {
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
