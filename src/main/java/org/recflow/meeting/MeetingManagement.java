package org.recflow.meeting;

import static org.recflow.kernel.RecflowException.invalid;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recflow.approval.ApprovalMeetings;
import org.recflow.approval.Planner;
import org.recflow.approval.Procedure;
import org.recflow.audit.History;
import org.recflow.calendar.ProcedureCalendar;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApprovalMeetings texts;
    private final ApplicationEventPublisher events;

    MeetingManagement(MeetingRepository meetings, MemberRegistry registry, ProcedureCalendar calendar, Planner planner, History history,
            ApprovalMeetings texts, ApplicationEventPublisher events) {
        this.texts = texts;
        this.events = events;
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
                        texts.textsAt(m.id()).size()))
                .toList();
    }

    /** The meeting, its texts and the planner's latest dates for it; 404 when there is none. */
    @Transactional(readOnly = true)
    public MeetingView get(long id) {
        return view(meetings.find(id).orElseThrow(() -> RecflowException.notFound("meeting " + id)));
    }

    /**
     * TSB moves a SCHEDULED meeting that has not opened to new dates (first day after today, UTC), and with it, in this
     * one transaction, every text tied to it: the approval's meeting, a running TAP consultation's close (Res. 1 §9.4.1,
     * 7 working days before the new first day, holidays of the new dates) and its timer, the open text-distribution
     * (§9.3.5) and meeting-announcement (§9.3.3, A.8 §4.6) deadlines, each text's history
     * ({@link ApprovalMeetings#move}). A move that breaks a notice already given (see {@link Rescheduling}) is refused with
     * 409 NOTICE_TOO_SHORT naming the texts, unless {@code detachTexts}: then those texts leave the meeting and wait for
     * another ({@link ApprovalMeetings#leave}). Publishes {@link MeetingEvents.MeetingRescheduled}.
     */
    public RescheduleResult reschedule(Actor actor, long id, Commands.Reschedule cmd) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB reschedules a meeting");
        }
        Meeting m = changeable(id);
        checkDates(cmd.start(), cmd.end());
        LocalDate today = calendar.today();
        List<MeetingText> all = openTexts(m);
        Rescheduling.Outcome outcome = rules.reschedule(m.start(), cmd.start(), all.stream().map(MeetingText::state).toList(), today);
        List<Rescheduling.BrokenNotice> detached = List.of();
        if (!outcome.acceptable()) {
            if (!Boolean.TRUE.equals(cmd.detachTexts())) {
                throw noticeTooShort(outcome.broken());
            }
            detached = outcome.broken();
            java.util.Set<Long> leaving = detached.stream().map(Rescheduling.BrokenNotice::approvalId).collect(Collectors.toSet());
            all = all.stream().filter(t -> !leaving.contains(t.id())).toList();
            outcome = rules.reschedule(m.start(), cmd.start(), all.stream().map(MeetingText::state).toList(), today);
        }
        String reason = cmd.reason().strip();
        String place = cmd.place() == null ? m.place() : blankToNull(cmd.place());
        meetings.update(m, cmd.start(), cmd.end(), place, calendar.now());
        List<Long> detachedIds = detached.stream().map(Rescheduling.BrokenNotice::approvalId).distinct().toList();
        for (long approvalId : detachedIds) {
            texts.leave(actor, approvalId, id, false, reason);
        }
        for (MeetingText t : all) {
            texts.move(actor, t.id(), id, cmd.start(), cmd.end(), reason);
        }
        history.record(SUBJECT, id, actor, "MEETING_RESCHEDULED", m.start() + ".." + m.end() + " -> " + cmd.start() + ".." + cmd.end()
                + " (" + all.size() + " text(s) moved" + (detachedIds.isEmpty() ? "" : ", " + detachedIds.size() + " detached") + "): " + reason);
        events.publishEvent(new MeetingEvents.MeetingRescheduled(id, m.studyGroup(), m.start(), m.end(), cmd.start(), cmd.end(), reason, actor,
                all.stream().map(MeetingText::id).toList(), detachedIds));
        return new RescheduleResult(get(id), outcome.moves(), detached, true);
    }

    /**
     * TSB cancels a SCHEDULED meeting that has not opened: every text tied to it leaves it and waits for another
     * meeting, its periods tied to the meeting closing without effect ({@link ApprovalMeetings#leave}; a TAP
     * consultation already announced does not carry over: docs/SEED-NOTES.md, Res. 1 §9.4.1, §9.4.5). 403 for others,
     * 404, 409 WRONG_STEP for a cancelled or opened meeting. Publishes {@link MeetingEvents.MeetingCancelled}.
     */
    public MeetingView cancel(Actor actor, long id, Commands.Cancel cmd) {
        if (!actor.isTsb()) {
            throw RecflowException.notEligible("only TSB cancels a meeting");
        }
        Meeting m = changeable(id);
        String reason = cmd.reason().strip();
        List<Long> ids = openTexts(m).stream().map(MeetingText::id).toList();
        for (long approvalId : ids) {
            texts.leave(actor, approvalId, id, true, reason);
        }
        meetings.cancel(m, calendar.now());
        history.record(SUBJECT, id, actor, "MEETING_CANCELLED", m.start() + ".." + m.end() + " (" + ids.size() + " text(s) wait for another meeting): " + reason);
        events.publishEvent(new MeetingEvents.MeetingCancelled(id, m.studyGroup(), m.start(), m.end(), reason, actor, ids));
        return get(id);
    }

    /** The meeting, locked, when it may still change: SCHEDULED and not yet opened. */
    private Meeting changeable(long id) {
        Meeting m = meetings.lock(id).orElseThrow(() -> RecflowException.notFound("meeting " + id));
        if (m.status() != MeetingStatus.SCHEDULED) {
            throw RecflowException.wrongStep("meeting " + id + " is " + m.status());
        }
        if (!calendar.today().isBefore(m.start())) {
            throw RecflowException.wrongStep("meeting " + id + " opened on " + m.start() + ": it can no longer be changed");
        }
        return m;
    }

    private List<MeetingText> openTexts(Meeting m) {
        return texts.textsAt(m.id()).stream().map(MeetingText::new).filter(MeetingText::open).toList();
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
        LocalDate today = calendar.today();
        List<MeetingView.Text> list = texts.textsAt(m.id()).stream().map(MeetingText::new).map(t -> {
            List<Rescheduling.MovedDate> needs = t.open()
                    ? rules.reschedule(m.start(), m.start(), List.of(t.state()), today).moves().get(0).dates() : List.of();
            ApprovalMeetings.MeetingText x = t.text();
            return new MeetingView.Text(x.approvalId(), x.recommendation(), x.revision(), x.label(), x.procedure(), x.status(), needs);
        }).toList();
        return new MeetingView(m.id(), m.studyGroup(), m.start(), m.end(), m.place(), m.status(), m.createdAt(), m.updatedAt(),
                m.version(), list, List.of(planner.plan(Procedure.AAP, m.start()), planner.plan(Procedure.TAP, m.start())));
    }
}
