package org.recflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;

/**
 * What moving a meeting means for each text to be approved there, as plain rules (issue 16, item 2). Every date comes
 * from {@link Planner} for the new first day, so the periods are the approval package's own: Res. 1 §9.3.3 (TAP
 * announcement 3 months before), §9.3.5 (texts 1 month before), §9.4.1 (consultation closes 7 working days before,
 * counted with the holidays of the new dates), A.8 §4.6 (AAP meeting announcement 3 weeks before). Dates are UTC
 * calendar days; {@code closesAt} instants are 23:59:59Z of their day.
 * <p>
 * A step already taken (an announcement made, the texts distributed) does not move, but the notice it gave is checked
 * against the new first day: given later than the new latest date, the move would break it (a {@link BrokenNotice}).
 * A running consultation whose new close would already have passed is also broken: it cannot close in the past.
 */
public final class Rescheduling {

    /** The meeting-bound state of one text, as stored on its approval; null fields for steps not taken. */
    public record TextState(long approvalId, String label, Procedure procedure, ApprovalStatus status,
            LocalDate consultationAnnouncedOn, Instant consultationClosesAt, LocalDate textsDistributedOn,
            LocalDate meetingAnnouncedOn) {
    }

    /**
     * One period or deadline of a text that moves: {@code step} is the planner's name (CONSULTATION_CLOSE,
     * TEXT_DISTRIBUTION, ANNOUNCEMENT, MEETING_ANNOUNCEMENT); {@code from}/{@code to} the old and new latest day,
     * {@code closesAt} the new close for a running period (else null); {@code alreadyPassed} when the new latest day
     * is before today (the step can no longer be taken in time).
     */
    public record MovedDate(String step, LocalDate from, LocalDate to, Instant closesAt, boolean alreadyPassed, String rule) {
    }

    /** A text and its moved dates. */
    public record TextMove(long approvalId, String label, Procedure procedure, ApprovalStatus status, List<MovedDate> dates) {
    }

    /** A notice already given (on {@code givenOn}) that the new first day would break: it had to be given by {@code latestDate}. */
    public record BrokenNotice(long approvalId, String label, String step, LocalDate givenOn, LocalDate latestDate, String rule) {
    }

    /** The outcome for all texts: the move is acceptable when {@code broken} is empty. */
    public record Outcome(List<TextMove> moves, List<BrokenNotice> broken) {
        public boolean acceptable() {
            return broken.isEmpty();
        }
    }

    private final Planner planner;

    public Rescheduling(Planner planner) {
        this.planner = planner;
    }

    /**
     * The moves and broken notices of moving a meeting from {@code oldStart} to {@code newStart}, seen on {@code today}
     * (UTC). Texts whose procedure is past the meeting (MORE_TIME or final) are left out: nothing of theirs is tied to
     * it any more.
     */
    public Outcome reschedule(LocalDate oldStart, LocalDate newStart, List<TextState> texts, LocalDate today) {
        List<TextMove> moves = new ArrayList<>();
        List<BrokenNotice> broken = new ArrayList<>();
        for (TextState t : texts) {
            if (t.status().isFinal() || t.status() == ApprovalStatus.MORE_TIME) {
                continue;
            }
            Map<String, Planner.Step> before = steps(t.procedure(), oldStart);
            Map<String, Planner.Step> after = steps(t.procedure(), newStart);
            List<MovedDate> dates = new ArrayList<>();
            if (t.procedure() == Procedure.TAP) {
                tap(t, before, after, today, dates, broken);
            } else {
                aap(t, before, after, today, dates, broken);
            }
            moves.add(new TextMove(t.approvalId(), t.label(), t.procedure(), t.status(), List.copyOf(dates)));
        }
        return new Outcome(List.copyOf(moves), List.copyOf(broken));
    }

    private void tap(TextState t, Map<String, Planner.Step> before, Map<String, Planner.Step> after, LocalDate today,
            List<MovedDate> dates, List<BrokenNotice> broken) {
        Planner.Step announcement = after.get("ANNOUNCEMENT");
        if (t.consultationAnnouncedOn() == null) {
            dates.add(moved(before.get("ANNOUNCEMENT"), announcement, false, today));
        } else if (t.consultationAnnouncedOn().isAfter(announcement.latestDate())) {
            broken.add(new BrokenNotice(t.approvalId(), t.label(), "ANNOUNCEMENT", t.consultationAnnouncedOn(),
                    announcement.latestDate(), announcement.rule()));
        }
        Planner.Step distribution = after.get("TEXT_DISTRIBUTION");
        if (t.textsDistributedOn() == null) {
            dates.add(moved(before.get("TEXT_DISTRIBUTION"), distribution, false, today));
        } else if (t.textsDistributedOn().isAfter(distribution.latestDate())) {
            broken.add(new BrokenNotice(t.approvalId(), t.label(), "TEXT_DISTRIBUTION", t.textsDistributedOn(),
                    distribution.latestDate(), distribution.rule()));
        }
        Planner.Step close = after.get("CONSULTATION_CLOSE");
        boolean running = t.status() == ApprovalStatus.CONSULTATION;
        if (t.status() == ApprovalStatus.REQUESTED || running) {
            MovedDate m = moved(before.get("CONSULTATION_CLOSE"), close, running, today);
            dates.add(m);
            if (running && m.alreadyPassed()) {
                broken.add(new BrokenNotice(t.approvalId(), t.label(), "CONSULTATION_CLOSE", t.consultationAnnouncedOn(),
                        close.latestDate(), close.rule() + "; the consultation would have closed before today"));
            }
        }
    }

    private void aap(TextState t, Map<String, Planner.Step> before, Map<String, Planner.Step> after, LocalDate today,
            List<MovedDate> dates, List<BrokenNotice> broken) {
        Planner.Step announcement = after.get("MEETING_ANNOUNCEMENT");
        if (t.meetingAnnouncedOn() == null) {
            dates.add(moved(before.get("MEETING_ANNOUNCEMENT"), announcement, false, today));
        } else if (t.meetingAnnouncedOn().isAfter(announcement.latestDate())) {
            broken.add(new BrokenNotice(t.approvalId(), t.label(), "MEETING_ANNOUNCEMENT", t.meetingAnnouncedOn(),
                    announcement.latestDate(), announcement.rule()));
        }
    }

    private static MovedDate moved(Planner.Step before, Planner.Step after, boolean runningPeriod, LocalDate today) {
        return new MovedDate(after.step(), before.latestDate(), after.latestDate(), runningPeriod ? after.closesAt() : null,
                after.latestDate().isBefore(today), after.rule());
    }

    private Map<String, Planner.Step> steps(Procedure procedure, LocalDate meetingStart) {
        return planner.plan(procedure, meetingStart).steps().stream()
                .collect(Collectors.toMap(Planner.Step::step, Function.identity()));
    }
}
