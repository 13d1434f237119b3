package org.recflow.circular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;

class FreeTextTest {

    @Test
    void plainTextInAnyScriptWithLineBreaksAndTabsPasses() {
        List<String> ok = List.of("Line one\nline two\ttabbed\r\n", "会议将在日内瓦举行。", "سيعقد الاجتماع في جنيف.", "emoji \uD83D\uDE00 fine");
        assertThat(FreeText.check("paragraphs", ok)).isEqualTo(ok);
        assertThat(FreeText.check("paragraphs", null)).isEmpty();
    }

    @Test
    void controlCharactersLoneSurrogatesAndBidiControlsAreRefusedNamingTheParagraph() {
        for (String bad : List.of("bell\u0007", "nul\u0000", "del\u007F", "c1\u0085", "lone \uD83D here", "low \uDE00", "trail \uD83D",
                "override \u202Eevil", "embed \u202A", "isolate \u2066x\u2069", "pop \u202C")) {
            assertThatThrownBy(() -> FreeText.check("paragraphs", List.of("fine", bad)))
                    .isInstanceOfSatisfying(RecflowException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                        assertThat(e.properties()).containsEntry("field", "paragraphs");
                        assertThat(e.getMessage()).startsWith("paragraph 2 ");
                    });
        }
    }

    @Test
    void theMarksJustOutsideTheRefusedRangesPass() {
        // U+2029 paragraph separator, U+202F narrow no-break space, U+2065 (unassigned, not a control), U+206A
        for (String edge : List.of("\u2029", "\u202F", "\u2065", "\u206A", "\u200F rlm", "\u0009", "\u00A0")) {
            assertThat(FreeText.problem(edge)).as(edge).isNull();
        }
    }

    @Test
    void thePageKeepsTheLimitsOfTheApiBlankOverlongAndTooManyParagraphsAreRefused() {
        // the page's form reaches check() without bean validation: the @Size and @NotBlank limits hold here too
        assertThat(FreeText.check("paragraphs", List.of("x".repeat(FreeText.MAX_LENGTH)))).hasSize(1);
        assertThat(FreeText.check("paragraphs", java.util.Collections.nCopies(FreeText.MAX_PARAGRAPHS, "p"))).hasSize(50);
        for (List<String> bad : List.of(List.of("fine", "x".repeat(FreeText.MAX_LENGTH + 1)), List.of("fine", " \n\t "),
                java.util.Arrays.asList("fine", null), java.util.Collections.nCopies(FreeText.MAX_PARAGRAPHS + 1, "p"))) {
            assertThatThrownBy(() -> FreeText.check("paragraphs", bad))
                    .isInstanceOfSatisfying(RecflowException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.INVALID_REQUEST);
                        assertThat(e.properties()).containsEntry("field", "paragraphs");
                    });
        }
    }
}
