package org.recflow.circular;

import static org.recflow.kernel.RecflowException.invalid;

import java.util.List;
import org.recflow.web.InputRules;

/**
 * TSB's free paragraphs go into an official document as they are, so a paragraph that could be read two ways is
 * refused by the rules of every long text ({@link InputRules#textRefusal} with line breaks and tabs allowed; api.md,
 * second wave, "Strict input"): control characters other than line breaks and tabs, lone surrogates (invalid
 * Unicode), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would
 * reorder what a reader sees. The limits of {@link Commands.EditCircular} hold here too, so that the page (a form,
 * which no bean validation sees) keeps them as the API does: at most {@value #MAX_PARAGRAPHS} paragraphs, none blank,
 * each at most {@value #MAX_LENGTH} characters (UTF-16 units, as {@code @Size} counts). 400 INVALID_REQUEST naming
 * {@code field}, with the paragraph's number (from 1).
 */
final class FreeText {

    /** The most paragraphs a circular holds ({@code @Size(max = 50)} of the commands). */
    static final int MAX_PARAGRAPHS = 50;
    /** The longest paragraph, in UTF-16 units ({@code @Size(max = 4000)} of the commands). */
    static final int MAX_LENGTH = 4000;

    private FreeText() {
    }

    /** The paragraphs, unchanged (an empty list for null); 400 INVALID_REQUEST naming {@code field} for the first refused. */
    static List<String> check(String field, List<String> paragraphs) {
        if (paragraphs == null) {
            return List.of();
        }
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw invalid(field, "at most " + MAX_PARAGRAPHS + " paragraphs, not " + paragraphs.size());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String problem = p == null || p.isBlank() ? "is blank"
                    : p.length() > MAX_LENGTH ? "is longer than " + MAX_LENGTH + " characters (" + p.length() + ")"
                    : problem(p);
            if (problem != null) {
                throw invalid(field, "paragraph " + (i + 1) + " " + problem);
            }
        }
        return List.copyOf(paragraphs);
    }

    /** Why the characters of {@code s} are refused ("contains …"), or null when they are fine. */
    static String problem(String s) {
        return InputRules.textRefusal(s, true);
    }
}
