package org.recflow.web;

import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.Problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.MemberState;
import org.recflow.membership.StudyGroup;

/**
 * A JVM whose default locale is Turkish lower-cases I to dotless ı and upper-cases i to İ: codes, account names and
 * problem types must not change with it (they are ASCII, folded in ASCII).
 */
class TurkishLocaleTest {

    Locale before;

    @BeforeEach
    void turkish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat("I".toLowerCase()).isEqualTo("\u0131"); // the trap this test is about
    }

    @AfterEach
    void back() {
        Locale.setDefault(before);
    }

    @Test
    void problemTypesAndAccountNamesStayAscii() {
        assertThat(Problems.of(ProblemCode.INVALID_REQUEST, "x", Map.of()).getType().toString())
                .isEqualTo("https://recflow.org/problems/invalid-request");
        assertThat(new StudyGroup("SGI", 99, "test").chairAccount()).isEqualTo("chair-sgi");
    }

    @Test
    void memberStateCodesFoldInAsciiWhateverTheLocale() {
        MemberRegistry registry = new MemberRegistry(List.of(new MemberState("ITA", "Italy", "1")), Map.of("RG-I", Set.of("ITA")),
                List.of(), List.of(), List.of());
        assertThat(registry.memberState("ita")).map(MemberState::code).contains("ITA");
        assertThat(registry.memberState("\u0131ta")).isEmpty();
        assertThat(registry.memberState("\u0130TA")).isEmpty();
        assertThat(registry.memberStateExactly("ITA")).isPresent();
        assertThat(registry.memberStateExactly("ita")).isEmpty();
        assertThat(registry.regionalGroup("rg-i")).contains(Set.of("ITA"));
    }
}
