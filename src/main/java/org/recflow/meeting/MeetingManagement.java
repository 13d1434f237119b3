package org.recflow.meeting;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings' API (api.md, second wave, "Meetings"; issue 16). Errors: 400 INVALID_REQUEST naming the field, 403
 * NOT_ELIGIBLE, 404 NOT_FOUND, 409 WRONG_STEP (moving a cancelled or opened meeting), 409
 * NOTICE_TOO_SHORT (a move breaking a notice already given, naming the texts). A refusal changes nothing.
 */
@Service
@Transactional
public class MeetingManagement {

    static final String SUBJECT = "MEETING";

    private final MeetingRepository meetings;
    private final MemberRegistry registry;
    private final ProcedureCalendar calendar;
    private final Planner planner;
    private final Rescheduling rules;
    private final History history;

    MeetingManagement(MeetingRepository meetings, MemberRegistry registry, ProcedureCalendar calendar, Planner planner, History history) {
        this.meetings = meetings;
        this.registry = registry;
        this.calendar = calendar;
        this.planner = planner;
        this.rules = new Rescheduling(planner);
        this.history = history;
    }

    /** A new SCHEDULED meeting, by TSB or the chair of that study group; the first day must lie after today (UTC). */
    public MeetingView create(Actor actor, Commands.CreateMeeting cmd) {
        String sg = registry.studyGroup(cmd.studyGroup())
                .orElseThrow(() -> invalid("studyGroup", "unknown study group '" + cmd.studyGroup() + "'")).code();
        if (!actor.actsAsChairOf(sg)) {
            throw RecflowException.notEligible("only TSB or the chair of " + sg + " may schedule its meetings");
        }
        checkDates(cmd.start(), cmd.end());
        String place = blankToNull(cmd.place());
        long id = meetings.insert(sg, cmd.start(), cmd.end(), place, calendar.now());
        history.record(SUBJECT, id, actor, "MEETING_SCHEDULED", sg + " " + cmd.start() + ".." + cmd.end() + (place == null ? "" : ", " + place));
        return get(id);
    }

    /** Meetings of a study group (null: all), opening on or after {@code from} (null: any day), soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> list(String studyGroup, LocalDate from) {
        String sg = studyGroup == null ? null : studyGroup.toUpperCase(Locale.ROOT);
        return meetings.list(sg, from).stream()
                .map(m -> new MeetingSummary(m.id(), m.studyGroup(), m.start(), m.end(), m.place(), m.status(), m.version(),
                        meetings.texts(m).size()))
                .toList();
    }

    /** The meeting, its texts and the planner's latest dates for it; 404 when there is none. */
    @Transactional(readOnly = true)
    public MeetingView get(long id) {
        return view(meetings.find(id).orElseThrow(() -> RecflowException.notFound("meeting " + id)));
    }

    /**
     * TSB moves a SCHEDULED meeting that has not opened to new dates (first day after today, UTC). Refused with 409
     * NOTICE_TOO_SHORT, naming the texts in {@code texts}, when the move breaks a notice already given (Res. 1 §9.3.3,
     * §9.3.5, §9.4.1; A.8 §4.6: see {@link Rescheduling}). Accepted, it updates the meeting row and answers each text's
     * moved dates. The approvals' own timers and deadlines are not moved here yet.
     */
    public RescheduleResult reschedule(Actor actor, long id, Commands.Reschedule cmd) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB reschedules a meeting");
        }
        if (Boolean.TRUE.equals(cmd.detachTexts())) {
            throw invalid("detachTexts", "detaching texts from a meeting is not supported yet");
        }
        Meeting m = meetings.lock(id).orElseThrow(() -> RecflowException.notFound("meeting " + id));
        if (m.status() != MeetingStatus.SCHEDULED) {
            throw RecflowException.wrongStep("meeting " + id + " is " + m.status());
        }
        LocalDate today = calendar.today();
        if (!today.isBefore(m.start())) {
            throw RecflowException.wrongStep("meeting " + id + " opened on " + m.start() + ": it can no longer be moved");
        }
        checkDates(cmd.start(), cmd.end());
        List<MeetingText> texts = meetings.texts(m);
        Rescheduling.Outcome outcome = rules.reschedule(m.start(), cmd.start(), texts.stream().map(MeetingText::state).toList(), today);
        if (!outcome.acceptable()) {
            throw noticeTooShort(outcome.broken());
        }
        meetings.adopt(m);
        String place = cmd.place() == null ? m.place() : blankToNull(cmd.place());
        meetings.update(m, cmd.start(), cmd.end(), place, calendar.now());
        history.record(SUBJECT, id, actor, "MEETING_RESCHEDULED",
                m.start() + ".." + m.end() + " -> " + cmd.start() + ".." + cmd.end() + ": " + cmd.reason().strip());
        return new RescheduleResult(get(id), outcome.moves(), false);
    }

    private static RecflowException noticeTooShort(List<Rescheduling.BrokenNotice> broken) {
        String named = broken.stream().map(b -> b.label() + " (" + b.step() + " given on " + b.givenOn() + ", due by " + b.latestDate() + ")")
                .distinct().collect(Collectors.joining("; "));
        List<Map<String, Object>> texts = broken.stream().map(b -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("approvalId", b.approvalId());
            t.put("label", b.label());
            t.put("step", b.step());
            t.put("givenOn", String.valueOf(b.givenOn()));
            t.put("latestDate", b.latestDate().toString());
            t.put("rule", b.rule());
            return t;
        }).toList();
        return new RecflowException(ProblemCode.NOTICE_TOO_SHORT, "the move would break a notice already given: " + named,
                Map.of("texts", texts));
    }

    private void checkDates(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw invalid("end", "the last day " + end + " is before the first day " + start);
        }
        if (!start.isAfter(calendar.today())) {
            throw invalid("start", "a meeting is scheduled ahead: its first day must be after " + calendar.today());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private MeetingView view(Meeting m) {
        List<MeetingView.Text> texts = meetings.texts(m).stream()
                .map(t -> new MeetingView.Text(t.id(), t.recommendation(), t.revision(), t.label(), t.procedure(), t.status()))
                .toList();
        return new MeetingView(m.id(), m.studyGroup(), m.start(), m.end(), m.place(), m.status(), m.createdAt(), m.updatedAt(),
                m.version(), texts, List.of(planner.plan(Procedure.AAP, m.start()), planner.plan(Procedure.TAP, m.start())));
    }
}
