package org.recflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingOutcomeTest {

    static MeetingOutcome outcome(List<MeetingOutcome.Reservation> reservations, String policy) {
        return new MeetingOutcome(LocalDate.parse("2027-04-21"), new LinkedHashSet<>(List.of("FRA")), Set.of("BRA"), Set.of(),
                reservations, policy);
    }

    @Test
    void namesEachReservationWithItsMemberAndNote() {
        String line = outcome(List.of(new MeetingOutcome.Reservation("DEU", "concern on clause 8"),
                new MeetingOutcome.Reservation("ericsson", "noted")), null).describe();
        assertThat(line).isEqualTo("objections [FRA], more time asked by [BRA], abstentions [], "
                + "reservations DEU (\"concern on clause 8\"); ericsson (\"noted\")");
    }

    @Test
    void saysWhenThereIsNoReservationOrNoNote() {
        assertThat(outcome(List.of(), "CHN").describe()).endsWith(", no reservation, policy implications raised by CHN");
        assertThat(outcome(null, null).describe()).endsWith(", no reservation");
        assertThat(outcome(List.of(new MeetingOutcome.Reservation("DEU", null), new MeetingOutcome.Reservation("ITA", "  ")), null)
                .describe()).endsWith("reservations DEU (no note); ITA (no note)");
    }

    @Test
    void quotesALongOrMultiLineNoteOnOneLineShortened() {
        String note = "first line\r\n\tsecond line " + "x".repeat(300);
        String line = outcome(List.of(new MeetingOutcome.Reservation("DEU", note)), null).describe();
        assertThat(line).contains("DEU (\"first line second line xxx").doesNotContain("\n").doesNotContain("\t");
        String quoted = line.substring(line.indexOf("(\"") + 2, line.lastIndexOf("\")"));
        assertThat(quoted).hasSize(MeetingOutcome.Reservation.QUOTED_NOTE + 1).endsWith("…");
        // never cut between the two halves of a character outside the BMP
        String emoji = "x".repeat(MeetingOutcome.Reservation.QUOTED_NOTE - 1) + "\uD83D\uDE00" + "tail";
        String cut = outcome(List.of(new MeetingOutcome.Reservation("DEU", emoji)), null).describe();
        assertThat(cut).contains("x\u2026\")").doesNotContain("\uD83D");
    }
}
