package org.recflow.circular;

import static org.recflow.kernel.RecflowException.invalid;

import java.util.List;

/**
 * TSB's free paragraphs go into an official document as they are, so a paragraph that could be read two ways is
 * refused (api.md, second wave, "Strict input"): control characters other than line breaks and tabs, lone surrogates
 * (invalid Unicode), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * would reorder what a reader sees. 400 INVALID_REQUEST naming {@code field}, with the paragraph's number (from 1).
 */
final class FreeText {

    private FreeText() {
    }

    static List<String> check(String field, List<String> paragraphs) {
        if (paragraphs == null) {
            return List.of();
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String problem = problem(paragraphs.get(i));
            if (problem != null) {
                throw invalid(field, "paragraph " + (i + 1) + " " + problem);
            }
        }
        return List.copyOf(paragraphs);
    }

    /** Why the text is refused, or null when it is fine. */
    static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "holds a lone surrogate (invalid Unicode) at " + i;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "holds the control character U+" + String.format("%04X", (int) c) + " at " + i;
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return "holds the bidirectional control U+" + String.format("%04X", (int) c) + " at " + i;
            }
        }
        return null;
    }
}
