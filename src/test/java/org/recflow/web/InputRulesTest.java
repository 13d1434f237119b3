package org.recflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void datesFrom1900To2999() {
        assertThat(InputRules.dateRefusal(LocalDate.parse("1900-01-01"))).isNull();
        assertThat(InputRules.dateRefusal(LocalDate.parse("2999-12-31"))).isNull();
        assertThat(InputRules.dateRefusal(LocalDate.parse("1899-12-31"))).contains("1900-2999");
        assertThat(InputRules.dateRefusal(LocalDate.parse("3000-01-01"))).contains("1900-2999");
        assertThat(InputRules.dateRefusal(LocalDate.MIN)).isNotNull();
        assertThat(InputRules.dateRefusal(LocalDate.MAX)).isNotNull();
        assertThat(InputRules.dateRefusal(null)).isNull();
    }

    @Test
    void instantsFrom1900To2999InUtc() {
        assertThat(InputRules.instantRefusal(Instant.parse("1900-01-01T00:00:00Z"))).isNull();
        assertThat(InputRules.instantRefusal(Instant.parse("2999-12-31T23:59:59.999999999Z"))).isNull();
        assertThat(InputRules.instantRefusal(Instant.parse("1899-12-31T23:59:59.999999999Z"))).isNotNull();
        assertThat(InputRules.instantRefusal(Instant.parse("3000-01-01T00:00:00Z"))).isNotNull();
        assertThat(InputRules.instantRefusal(Instant.MAX)).isNotNull();
        assertThat(InputRules.instantRefusal(Instant.MIN)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f"})
    void controlCharactersAreRefusedEverywhere(String c) {
        assertThat(InputRules.textRefusal("a" + c + "b", false)).startsWith("contains a control character (U+");
        assertThat(InputRules.textRefusal("a" + c + "b", true)).startsWith("contains a control character (U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u2028", "\u2029", "\t"})
    void lineBreaksAndTabsOnlyInLongTexts(String c) {
        assertThat(InputRules.textRefusal("line one" + c + "line two", true)).isNull();
        assertThat(InputRules.textRefusal("line one" + c + "line two", false)).contains("one-line text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void bidirectionalOverridesAndIsolatesAreRefused(String c) {
        assertThat(InputRules.textRefusal("report" + c + "fdp.exe", true)).startsWith("contains a bidirectional override or isolate");
        assertThat(InputRules.textRefusal("report" + c + "fdp.exe", false)).isNotNull();
    }

    @Test
    void neighboursOfTheRefusedRangesAndOrdinaryScriptsPass() {
        // U+2029 / U+202F around 202A-202E, U+2065 / U+206A around 2066-2069, marks LRM/RLM, Arabic, Chinese, an emoji
        for (String ok : new String[] {"\u202F", "\u2065", "\u206A", "\u200E", "\u200F", "مرحبا", "数字孪生参考模型", "\uD83D\uDE00",
                "Zürich – “quotes” ıİ\u212A"}) {
            assertThat(InputRules.textRefusal("x" + ok + "y", false)).as(ok).isNull();
        }
    }

    @Test
    void unpairedSurrogatesAreNotUnicode() {
        assertThat(InputRules.textRefusal("a\uD800b", false)).contains("unpaired surrogate (U+D800)");
        assertThat(InputRules.textRefusal("a\uDC00", true)).contains("unpaired surrogate (U+DC00)");
        assertThat(InputRules.textRefusal("\uD800", true)).contains("unpaired surrogate");
        assertThat(InputRules.textRefusal("\uDE00\uD83D", true)).contains("unpaired surrogate (U+DE00)"); // reversed pair
        assertThat(InputRules.textRefusal("\uD83D\uDE00", false)).isNull();
        assertThat(InputRules.textRefusal("", false)).isNull();
        assertThat(InputRules.textRefusal(null, false)).isNull();
    }
}
