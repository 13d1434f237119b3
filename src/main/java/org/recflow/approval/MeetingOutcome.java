package org.recflow.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the chairman recorded of an SG meeting: who objected, asked for more time, abstained, reserved. */
public record MeetingOutcome(LocalDate meetingEnd, Set<String> objections, Set<String> moreTimeRequestedBy,
        Set<String> abstentions, List<Reservation> reservations, String policyImplicationsRaisedBy) {

    public record Reservation(String member, String note) {
    }
}
