package org.recflow.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the chairman recorded of an SG meeting: who objected, asked for more time, abstained, reserved. */
public record MeetingOutcome(LocalDate meetingEnd, Set<String> objections, Set<String> moreTimeRequestedBy,
        Set<String> abstentions, List<Reservation> reservations, String policyImplicationsRaisedBy) {

    /** A concern of a Member State or Sector Member, noted with the decision (A.8 §5.5, Res. 1 §9.5.4); the note may be empty. */
    public record Reservation(String member, String note) {

        /** Longest part of a note that the history line quotes; the whole note stays in the outcome itself. */
        static final int QUOTED_NOTE = 200;

        /** {@code DEU ("concern on clause 8")}: the member, and its note on one line, shortened past 200 characters. */
        String describe() {
            if (note == null || note.isBlank()) {
                return member + " (no note)";
            }
            String line = note.strip().replaceAll("\\s+", " ");
            if (line.length() > QUOTED_NOTE) {
                int end = QUOTED_NOTE;
                if (Character.isHighSurrogate(line.charAt(end - 1))) {
                    end--;
                }
                line = line.substring(0, end) + "…";
            }
            return member + " (\"" + line + "\")";
        }
    }

    /**
     * The outcome as the history says it: who objected, asked for more time, abstained, and each reservation with
     * its member and note, e.g. {@code objections [FRA], more time asked by [], abstentions [],
     * reservations DEU ("concern on clause 8"); ericsson ("noted")}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("objections ").append(objections).append(", more time asked by ")
                .append(moreTimeRequestedBy).append(", abstentions ").append(abstentions);
        if (reservations != null && !reservations.isEmpty()) {
            sb.append(", reservations ").append(reservations.stream().map(Reservation::describe).collect(Collectors.joining("; ")));
        } else {
            sb.append(", no reservation");
        }
        if (policyImplicationsRaisedBy != null) {
            sb.append(", policy implications raised by ").append(policyImplicationsRaisedBy);
        }
        return sb.toString();
    }
}
