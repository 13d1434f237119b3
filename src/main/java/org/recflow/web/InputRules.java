package org.recflow.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rules every value sent to recflow must follow, whatever the field (api.md, second wave, "Strict input"):
 * <ul>
 * <li>dates and instants lie in the years 1900-2999 (an instant from 1900-01-01T00:00:00Z, inclusive, to
 * 3000-01-01T00:00:00Z, exclusive, in UTC); nothing in the procedures is older or further away, and the date
 * arithmetic of the rules is only defined for sane years;</li>
 * <li>texts are valid Unicode: no unpaired surrogate (a {@code \ud800} escape in JSON), so they can be stored and
 * encoded as UTF-8;</li>
 * <li>texts hold no control character (Unicode category Cc, U+0000-001F and U+007F-009F), except line feed, carriage
 * return and tab in long texts; one-line texts (titles, references, codes) hold no line break at all (neither
 * U+2028 nor U+2029);</li>
 * <li>texts hold no bidirectional embedding, override or isolate (U+202A-202E, U+2066-2069), which make a page
 * show text in another order than it was written (the "Trojan Source" trick, CVE-2021-42574).</li>
 * </ul>
 * Each check answers {@code null} when the value is fine, otherwise a sentence fragment saying why ("contains …"),
 * which the caller puts after the field's name.
 */
public final class InputRules {

    /** The earliest instant accepted: 1900-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant refused at the far end: 3000-01-01T00:00:00Z. */
    public static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    private InputRules() {
    }

    /** Why {@code date} is refused, or null: its year must be within 1900-2999. */
    public static String dateRefusal(LocalDate date) {
        if (date == null || (date.getYear() >= 1900 && date.getYear() <= 2999)) {
            return null;
        }
        return "is outside the years 1900-2999";
    }

    /** Why {@code instant} is refused, or null: it must lie in the years 1900-2999 (UTC). */
    public static String instantRefusal(Instant instant) {
        if (instant == null || (!instant.isBefore(EARLIEST) && instant.isBefore(END))) {
            return null;
        }
        return "is outside the years 1900-2999";
    }

    /**
     * Why {@code text} is refused, or null.
     *
     * @param multiline true for long texts (summaries, reasons, comments), which may hold line breaks and tabs
     */
    public static String textRefusal(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (" + hex(c) + "): not valid Unicode";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (" + hex(c) + "): not valid Unicode";
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!multiline) {
                    return "contains a line break (" + hex(c) + "): it is a one-line text";
                }
                continue;
            }
            if (c == '\t') {
                if (!multiline) {
                    return "contains a tab (" + hex(c) + "): it is a one-line text";
                }
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "contains a control character (" + hex(c) + ")";
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return "contains a bidirectional override or isolate (" + hex(c) + ")";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
