package org.recflow.approval;

import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import java.time.LocalDate;
import java.util.List;
import org.recflow.membership.Actor;
import org.recflow.support.Actors;
import org.recflow.support.TestClock;

/**
 * Brings an AAP approval to a given state by walking the real flow (the API of the module, the real
 * process, the real timers), never by poking state. One fixed calendar:
 * consent 2027-01-08, request 2027-01-11, Last Call announced 2027-01-18 and closing 2027-02-15,
 * Additional Review announced 2027-03-01 and closing 2027-03-22, SG20 meeting 2027-04-12 to 2027-04-21.
 */
class AapFixture {

    static final String REQUESTED_AT = "2027-01-11T09:00:00Z";
    static final LocalDate LAST_CALL_ON = LocalDate.parse("2027-01-18");
    static final String LAST_CALL_CLOSES = "2027-02-15T23:59:59Z";
    static final String AFTER_LAST_CALL = "2027-02-16T00:00:00Z";
    static final LocalDate ADDITIONAL_REVIEW_ON = LocalDate.parse("2027-03-01");
    static final String AFTER_ADDITIONAL_REVIEW = "2027-03-23T00:00:00Z";
    static final LocalDate MEETING_START = LocalDate.parse("2027-04-12");
    static final LocalDate MEETING_END = LocalDate.parse("2027-04-21");

    final ApprovalManagement approvals;
    final TestClock clock;

    AapFixture(ApprovalManagement approvals, TestClock clock) {
        this.approvals = approvals;
        this.clock = clock;
    }

    static Commands.StartApproval request(String sg, Commands.MeetingDates nextMeeting) {
        return new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin reference model", sg,
                List.of("Q2/20"), "Defines a reference model for digital twins of cities.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), nextMeeting, null);
    }

    long requested() {
        clock.set(REQUESTED_AT);
        return approvals.start(CHAIR_SG20, request("SG20", null)).id();
    }

    long inLastCall() {
        long id = requested();
        clock.set("2027-01-18T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LAST_CALL_ON));
        return id;
    }

    void comment(long id, Actor who, CommentKind kind) {
        approvals.comment(who, id, new Commands.SubmitComment(kind, "comment by " + who.member(), null));
    }

    /** Last Call closed with one comment of each given kind, from France, Germany, Brazil, ... */
    long inLastCallJudgement(CommentKind... kinds) {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        String[] states = {"FRA", "DEU", "BRA", "JPN", "KEN"};
        for (int i = 0; i < kinds.length; i++) {
            comment(id, Actors.memberState(states[i]), kinds[i]);
        }
        clock.moveTo(AFTER_LAST_CALL, id);
        return id;
    }

    long inCommentResolution() {
        long id = inLastCallJudgement(CommentKind.SUBSTANTIVE);
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.COMMENT_RESOLUTION));
        return id;
    }

    long inResolutionJudgement() {
        long id = inCommentResolution();
        clock.set("2027-02-22T10:00:00Z");
        approvals.resolveComments(CHAIR_SG20, id, new Commands.Resolve("SG20-TD1300", "SG20-TD1301"));
        return id;
    }

    long inAdditionalReview() {
        long id = inResolutionJudgement();
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.ADDITIONAL_REVIEW));
        clock.set("2027-03-01T08:00:00Z");
        approvals.announceAdditionalReview(TSB, id, new Commands.Announce(ADDITIONAL_REVIEW_ON));
        return id;
    }

    /** Sent to the SG meeting after a substantive Last Call comment, meeting announced. */
    long meetingAnnounced() {
        long id = inLastCallJudgement(CommentKind.SUBSTANTIVE);
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
        clock.set("2027-03-01T09:00:00Z");
        approvals.announceMeeting(TSB, id, new Commands.AnnounceMeeting(MEETING_START, MEETING_END));
        return id;
    }

    ApprovalView meetingOutcome(long id, List<String> objections, List<String> moreTime, String policy) {
        clock.set("2027-04-21T16:00:00Z");
        return approvals.recordMeetingOutcome(CHAIR_SG20, id, new Commands.RecordMeetingOutcome(
                MEETING_END, objections, moreTime, List.of(), List.of(), policy));
    }

    long inMoreTime(List<String> objectionsAtMeeting, List<String> moreTime) {
        long id = meetingAnnounced();
        meetingOutcome(id, objectionsAtMeeting, moreTime, null);
        return id;
    }

    long notApproved() {
        long id = meetingAnnounced();
        meetingOutcome(id, List.of("FRA", "DEU"), List.of(), null);
        return id;
    }
}
