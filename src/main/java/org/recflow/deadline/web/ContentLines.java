package org.recflow.deadline.web;

import java.nio.charset.StandardCharsets;

/**
 * Folding of iCalendar content lines (RFC 5545 §3.1): no line is longer than 75 octets of UTF-8, not counting its
 * CRLF; a longer line goes on in continuation lines that start with one space (which counts in their 75), and a fold
 * never falls inside a character, whatever its length in UTF-8 (1 to 4 octets) — nor between the two halves of a
 * surrogate pair. ical4j's own writer folds by counting Java characters, so a line of Chinese text came out at up to
 * 225 octets.
 */
final class ContentLines {

    /** The longest line RFC 5545 allows, in octets, without its CRLF. */
    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /**
     * Folds every line of {@code unfolded} (lines ended by CRLF, as ical4j writes them unfolded) and answers the whole,
     * each physical line ended by CRLF.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            out.append("\r\n");
            start = end + 2;
        }
        return out.toString();
    }

    private static void foldLine(String s, int from, int to, StringBuilder out) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int chars = Character.charCount(cp);
            int width = octets(cp);
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(s, i, i + chars);
            octets += width;
            i += chars;
        }
    }

    /** The length of a code point in UTF-8; an unpaired surrogate is written as '?' (one octet) by the encoder. */
    private static int octets(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return 1;
        }
        return cp < 0x10000 ? 3 : 4;
    }

    /** The length in octets of one physical line (no CRLF), as a test or a check would count it. */
    static int octetLength(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }
}
