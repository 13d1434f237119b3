package org.recflow.deadline.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.RecflowException;

/**
 * The opaque {@code cursor} of {@code GET /api/deadlines}: where the previous page ended (the last row's due instant
 * and id) and the query it belongs to (the study group and {@code within} as given, and the horizon the first page
 * computed from {@code within}, so that every page of one listing reads the same range however long the reading takes).
 * Written as base64url (RFC 4648 §5, no padding) of a versioned line of URL-encoded fields; clients only copy it.
 *
 * @param after the last deadline of the previous page
 * @param studyGroup the study group filter, upper case, or null
 * @param within the {@code within} parameter as given, or null
 * @param horizon the latest due instant listed (UTC)
 */
record DeadlineCursor(DeadlineBook.Position after, String studyGroup, String within, Instant horizon) {

    private static final String VERSION = "d1";
    private static final String SEPARATOR = "~"; // URLEncoder encodes '~', so no field contains it

    String encode() {
        String line = String.join(SEPARATOR, VERSION, after.dueAt().toString(), Long.toString(after.id()), field(studyGroup),
                field(within), horizon.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor this class wrote.
     *
     * @throws RecflowException INVALID_REQUEST naming {@code cursor} for anything else
     */
    static DeadlineCursor decode(String cursor) {
        try {
            String line = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] f = line.split(SEPARATOR, -1);
            if (f.length != 6 || !VERSION.equals(f[0])) {
                throw bad();
            }
            return new DeadlineCursor(new DeadlineBook.Position(Instant.parse(f[1]), Long.parseLong(f[2])), value(f[3]), value(f[4]),
                    Instant.parse(f[5]));
        } catch (IllegalArgumentException | DateTimeParseException e) { // bad base64, a bad number, a bad escape
            throw bad();
        }
    }

    /**
     * Whether the cursor was made for this query; a cursor of another query is refused.
     *
     * @throws RecflowException INVALID_REQUEST naming {@code cursor}
     */
    void requireQuery(String studyGroup, String within) {
        if (!Objects.equals(this.studyGroup, studyGroup) || !Objects.equals(this.within, within)) {
            throw RecflowException.invalid("cursor", "this cursor belongs to another query: give the studyGroup and within of the"
                    + " page it came from, or follow the Link header as it is");
        }
    }

    private static RecflowException bad() {
        return RecflowException.invalid("cursor", "'cursor' is not a cursor of this API: follow the Link header of the previous page");
    }

    private static String field(String value) {
        return value == null ? "" : "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String value(String field) {
        if (field.isEmpty()) {
            return null;
        }
        if (!field.startsWith("=")) {
            throw new IllegalArgumentException("field");
        }
        return URLDecoder.decode(field.substring(1), StandardCharsets.UTF_8);
    }
}
