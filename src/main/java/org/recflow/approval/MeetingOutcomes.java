package org.recflow.approval;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recflow.membership.MemberRegistry;
import org.springframework.stereotype.Component;

/** Reads the input of "record the meeting outcome" (A.8 §4.7, §5; Res. 1 §9.5) into a {@link MeetingOutcome}. */
@Component
class MeetingOutcomes {

    private final MemberRegistry registry;

    MeetingOutcomes(MemberRegistry registry) {
        this.registry = registry;
    }

    /**
     * The outcome of {@code cmd} for approval {@code a}, checked on {@code today}: Member State codes known (upper-cased),
     * nobody both objecting and abstaining, policy implications only for an AAP text, reservations by Member States
     * or Sector Members, the meeting ended ({@code meetingEnd} defaults to the announced end). Refuses with
     * INVALID_REQUEST (400) naming the field.
     */
    MeetingOutcome valid(Approval a, Commands.RecordMeetingOutcome cmd, LocalDate today) {
        Set<String> objections = memberStates("objections", cmd.objections());
        Set<String> moreTime = memberStates("moreTimeRequestedBy", cmd.moreTimeRequestedBy());
        Set<String> abstentions = memberStates("abstentions", cmd.abstentions());
        for (String s : abstentions) {
            if (objections.contains(s)) {
                throw invalid("abstentions", s + " cannot both object and abstain");
            }
        }
        String policy = cmd.policyImplicationsRaisedBy() == null ? null
                : memberStates("policyImplicationsRaisedBy", List.of(cmd.policyImplicationsRaisedBy())).iterator().next();
        if (policy != null && a.procedure == Procedure.TAP) {
            throw invalid("policyImplicationsRaisedBy", "a TAP text is already treated as having policy implications");
        }
        List<MeetingOutcome.Reservation> reservations = cmd.reservations() == null ? List.of() : cmd.reservations().stream()
                .map(r -> new MeetingOutcome.Reservation(member("reservations", r.member()), r.note())).toList();
        LocalDate end = cmd.meetingEnd() != null ? cmd.meetingEnd() : a.meeting == null ? null : a.meeting.end();
        if (end == null) {
            throw invalid("meetingEnd", "meetingEnd is required");
        }
        if (a.meeting != null && end.isBefore(a.meeting.start())) {
            throw invalid("meetingEnd", "the meeting cannot end before it starts (" + a.meeting.start() + ")");
        }
        if (end.isAfter(today)) {
            throw invalid("meetingEnd", "the outcome is recorded once the meeting has ended");
        }
        return new MeetingOutcome(end, objections, moreTime, abstentions, reservations, policy);
    }

    private Set<String> memberStates(String field, List<String> codes) {
        Set<String> out = new LinkedHashSet<>();
        if (codes != null) {
            for (String c : codes) {
                // bodies carry codes exactly (api.md, "Strict input"): no case folding, so no look-alike gets through
                out.add(registry.memberStateExactly(c).orElseThrow(() -> invalid(field, "'" + c + "' is not a Member State code")).code());
            }
        }
        return out;
    }

    private String member(String field, String id) {
        return registry.memberStateExactly(id).map(m -> m.code())
                .or(() -> registry.sectorMemberExactly(id).map(o -> o.id()))
                .orElseThrow(() -> invalid(field, "'" + id + "' is neither a Member State nor a Sector Member"));
    }
}
