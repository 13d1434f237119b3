package org.recflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recflow.support.Actors.CHAIR_SG20;
import static org.recflow.support.Actors.TSB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recflow.approval.AapProcess;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.CommentKind;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.approval.Route;
import org.recflow.approval.TapProcess;
import org.recflow.consultation.ConsultationTally;
import org.recflow.consultation.Position;
import org.recflow.kernel.Subject;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.Role;
import org.recflow.support.Actors;
import org.recflow.support.AllAtOnce;
import org.recflow.support.TestClock;
import org.recflow.kernel.ProblemCode;
import org.recflow.kernel.RecflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The AAP and TAP scenarios of AapProcessTest and TapProcessTest on PostgreSQL: the {@code postgres} profile of
 * config/application.yaml (our tables in schema {@code recflow} by Flyway, Camunda's in {@code public}), a fresh
 * database on the shared embedded server, the real processes, timers run by moving the engine clock.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@TestPropertySource(properties = {
        // the line the postgres profile of config/application.yaml needs (docs/OPERATIONS.md): without it Camunda's tables
        // land in schema recflow, since the account is called recflow and the default search path is "$user", public
        "spring.datasource.hikari.data-source-properties.currentSchema=public",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=false",
        // the scenarios sign in with the demo accounts, which the postgres profile alone refuses (SafeDefaults)
        "recflow.demo-accounts-on-any-database=true",
        "logging.level.org.camunda.bpm=WARN",
        "logging.level.org.flywaydb=WARN"})
@DisplayName("AAP and TAP scenarios on PostgreSQL")
class PostgresScenarioTest {

    // the same calendar as AapFixture and TapProcessTest
    static final String AFTER_LAST_CALL = "2027-02-16T00:00:00Z";
    static final String AFTER_ADDITIONAL_REVIEW = "2027-03-23T00:00:00Z";
    static final LocalDate SG20_MEETING_START = LocalDate.parse("2027-04-12");
    static final LocalDate SG20_MEETING_END = LocalDate.parse("2027-04-21");
    static final Actor CHAIR_SG3 = new Actor("chair-sg3", Role.CHAIR, null, "SG3");
    static final LocalDate SG3_MEETING_START = LocalDate.parse("2027-04-06");
    static final LocalDate SG3_MEETING_END = LocalDate.parse("2027-04-15");
    static final String AFTER_CONSULTATION = "2027-03-24T00:00:00Z";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.fresh("scenarios");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
    }

    @Autowired ApprovalManagement approvals;
    @Autowired TestClock clock;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired MemberRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- AAP walk (AapFixture's calendar) ------------------------------------------------------------------

    static Commands.StartApproval aapRequest() {
        return new Commands.StartApproval(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin reference model", "SG20",
                List.of("Q2/20"), "Defines a reference model for digital twins of cities.", "SG20-TD1234",
                LocalDate.parse("2027-01-08"), null, null);
    }

    long inLastCall() {
        clock.set("2027-01-11T09:00:00Z");
        long id = approvals.start(CHAIR_SG20, aapRequest()).id();
        clock.set("2027-01-18T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-01-18")));
        return id;
    }

    void comment(long id, Actor who, CommentKind kind) {
        approvals.comment(who, id, new Commands.SubmitComment(kind, "comment by " + who.member(), null));
    }

    long inLastCallJudgement(CommentKind... kinds) {
        long id = inLastCall();
        clock.set("2027-02-01T10:00:00Z");
        String[] states = {"FRA", "DEU", "BRA"};
        for (int i = 0; i < kinds.length; i++) {
            comment(id, Actors.memberState(states[i]), kinds[i]);
        }
        clock.moveTo(AFTER_LAST_CALL, id);
        return id;
    }

    long meetingAnnounced() {
        long id = inLastCallJudgement(CommentKind.SUBSTANTIVE);
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.MEETING));
        clock.set("2027-03-01T09:00:00Z");
        approvals.announceMeeting(TSB, id, new Commands.AnnounceMeeting(SG20_MEETING_START, SG20_MEETING_END));
        return id;
    }

    ApprovalView meetingOutcome(long id, List<String> objections, List<String> moreTime) {
        clock.set("2027-04-21T16:00:00Z");
        return approvals.recordMeetingOutcome(CHAIR_SG20, id, new Commands.RecordMeetingOutcome(
                SG20_MEETING_END, objections, moreTime, List.of(), List.of(), null));
    }

    ApprovalStatus status(long id) {
        return approvals.get(id).status();
    }

    List<String> openDeadlines(long id) {
        return approvals.get(id).deadlines().stream().map(d -> d.kind() + "@" + d.dueAt()).toList();
    }

    List<String> actions(long id) {
        return approvals.get(id).history().stream().map(h -> h.actor() + ":" + h.action()).toList();
    }

    boolean passed(long id, String activity) {
        String pid = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", id))
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(activity).finished().count() > 0;
    }

    static ProblemCode code(Throwable e) {
        return ((RecflowException) e).code();
    }

    // --- the database itself ------------------------------------------------------------------------------

    @Test
    void ourTablesAreInSchemaRecflowAndCamundasInPublic() {
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
        assertThat(environment.getProperty("spring.flyway.schemas")).isEqualTo("recflow");
        List<String> ours = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'recflow'")
                .query(String.class).list();
        assertThat(ours).contains("approval", "approval_comment", "approval_objection", "consultation_reply", "deadline",
                "history_entry", "question", "deletion", "deletion_objection", "sim_clock", "flyway_schema_history");
        List<String> migrations = jdbc.sql("SELECT version FROM recflow.flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(migrations).contains("1", "2", "3", "4");
        long camunda = jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'act_%'")
                .query(Long.class).single();
        assertThat(camunda).isGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'recflow' AND table_name LIKE 'act_%'")
                .query(Long.class).single()).isZero();
    }

    // --- AAP -----------------------------------------------------------------------------------------------

    @Test
    void aLastCallWithoutCommentIsApprovedByItsTimer() {
        long id = inLastCall();
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(AFTER_LAST_CALL));
        assertThat(clock.moveTo("2027-02-15T23:59:59.999Z", id)).isZero();
        assertThat(clock.moveTo(AFTER_LAST_CALL, id)).isEqualTo(1);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("NO_COMMENT_IN_LAST_CALL");
        assertThat(v.lastCall().closesAt()).isEqualTo(Instant.parse("2027-02-15T23:59:59Z"));
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-03-02T23:59:59Z");
        assertThat(actions(id)).containsExactly("chair-sg20:REQUESTED", "tsb:LAST_CALL_ANNOUNCED", "recflow:LAST_CALL_CLOSED",
                "recflow:OUTCOME");
    }

    @Test
    void aCommentInTheLastHalfSecondCountsAndOneAtMidnightIsRefused() {
        long id = inLastCall();
        clock.set("2027-02-15T23:59:59.500Z");
        comment(id, Actors.FRA, CommentKind.TYPOGRAPHICAL);
        clock.set(AFTER_LAST_CALL);
        assertThatThrownBy(() -> comment(id, Actors.DEU, CommentKind.TYPOGRAPHICAL))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.DEADLINE_PASSED));
        clock.runDueJobs(id);
        assertThat(status(id)).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        assertThat(approvals.comments(id)).singleElement()
                .satisfies(c -> assertThat(c.submittedAt()).isEqualTo(Instant.parse("2027-02-15T23:59:59.500Z")));
    }

    @Test
    void aSubstantiveCommentGoesThroughJudgementResolutionAndAdditionalReviewToApproval() {
        long id = inLastCallJudgement(CommentKind.TYPOGRAPHICAL, CommentKind.SUBSTANTIVE);
        assertThat(status(id)).isEqualTo(ApprovalStatus.LAST_CALL_JUDGEMENT);
        assertThat(openDeadlines(id)).containsExactly("COMMENT_COMPILATION@2027-03-01T23:59:59Z");
        assertThatThrownBy(() -> approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.APPROVE)))
                .satisfies(e -> assertThat(code(e)).isEqualTo(ProblemCode.WRONG_STEP));

        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.COMMENT_RESOLUTION));
        assertThat(status(id)).isEqualTo(ApprovalStatus.COMMENT_RESOLUTION);
        clock.set("2027-02-22T10:00:00Z");
        approvals.resolveComments(CHAIR_SG20, id, new Commands.Resolve("SG20-TD1300", "SG20-TD1301"));
        assertThat(status(id)).isEqualTo(ApprovalStatus.RESOLUTION_JUDGEMENT);
        assertThat(openDeadlines(id)).isEmpty();
        approvals.judge(CHAIR_SG20, id, new Commands.Judge(Route.ADDITIONAL_REVIEW));
        assertThat(status(id)).isEqualTo(ApprovalStatus.AWAITING_ADDITIONAL_REVIEW);

        clock.set("2027-03-01T08:00:00Z");
        approvals.announceAdditionalReview(TSB, id, new Commands.Announce(LocalDate.parse("2027-03-01")));
        assertThat(status(id)).isEqualTo(ApprovalStatus.ADDITIONAL_REVIEW);
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse(AFTER_ADDITIONAL_REVIEW));
        assertThat(openDeadlines(id)).containsExactly("ADDITIONAL_REVIEW_CLOSE@2027-03-22T23:59:59Z");

        assertThat(clock.moveTo(AFTER_ADDITIONAL_REVIEW, id)).isEqualTo(1);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("NO_COMMENT_IN_ADDITIONAL_REVIEW");
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
        assertThat(actions(id)).containsExactly("chair-sg20:REQUESTED", "tsb:LAST_CALL_ANNOUNCED", "ms-fra:COMMENT_SUBMITTED",
                "ms-deu:COMMENT_SUBMITTED", "recflow:LAST_CALL_CLOSED", "chair-sg20:JUDGED", "chair-sg20:COMMENTS_RESOLVED",
                "chair-sg20:JUDGED", "tsb:ADDITIONAL_REVIEW_ANNOUNCED", "recflow:ADDITIONAL_REVIEW_CLOSED", "recflow:OUTCOME");
    }

    @Test
    void twoObjectionsAtTheMeetingDefeatTheText() {
        long id = meetingAnnounced();
        ApprovalView v = meetingOutcome(id, List.of("FRA", "DEU"), List.of());
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(passed(id, AapProcess.NOT_APPROVED)).isTrue();
        assertThat(v.meetingOutcome().objections()).containsExactlyInAnyOrder("FRA", "DEU");
    }

    @Test
    void moreTimeThenALateObjectionAddedToOneAtTheMeetingDefeatsTheTextAtOnce() {
        long id = meetingAnnounced();
        assertThat(meetingOutcome(id, List.of("FRA"), List.of("BRA")).status()).isEqualTo(ApprovalStatus.MORE_TIME);
        assertThat(openDeadlines(id)).containsExactly("MORE_TIME_CLOSE@2027-05-19T23:59:59Z");
        clock.set("2027-05-19T23:59:59Z");
        approvals.object(Actors.BRA, id, new Commands.SubmitObjection("reasons", "changes"));
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("OBJECTION_AFTER_MORE_TIME");
        assertThat(passed(id, AapProcess.NOT_APPROVED)).isTrue();
        assertThat(clock.pendingTimer(id)).isNull();
        assertThat(approvals.objections(id)).singleElement().satisfies(o -> assertThat(o.memberState()).isEqualTo("BRA"));
    }

    @Test
    void moreTimeWithASingleLateObjectionIsApprovedWhenTheWindowCloses() {
        long id = meetingAnnounced();
        meetingOutcome(id, List.of(), List.of("BRA"));
        assertThat(clock.pendingTimer(id)).isEqualTo(Instant.parse("2027-05-20T00:00:00Z"));
        clock.set("2027-05-01T10:00:00Z");
        approvals.object(Actors.BRA, id, new Commands.SubmitObjection("reasons", null));
        assertThat(status(id)).isEqualTo(ApprovalStatus.MORE_TIME);
        clock.set("2027-05-20T00:00:00Z");
        assertThatThrownBy(() -> approvals.object(Actors.BRA, id, new Commands.SubmitObjection("again", null)))
                .satisfies(e -> assertThat(code(e)).isIn(ProblemCode.DEADLINE_PASSED, ProblemCode.WRONG_STEP));
        assertThat(clock.runDueJobs(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(passed(id, AapProcess.APPROVED)).isTrue();
    }

    @Test
    void policyImplicationsCreateALinkedTapApproval() {
        long id = meetingAnnounced();
        clock.set("2027-04-21T16:00:00Z");
        ApprovalView moved = approvals.recordMeetingOutcome(CHAIR_SG20, id, new Commands.RecordMeetingOutcome(
                SG20_MEETING_END, List.of(), List.of(), List.of(), List.of(), "IND"));
        assertThat(moved.status()).isEqualTo(ApprovalStatus.MOVED_TO_TAP);
        ApprovalView tap = approvals.get(moved.movedTo());
        assertThat(tap.procedure()).isEqualTo(Procedure.TAP);
        assertThat(tap.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(tap.movedFrom()).isEqualTo(id);
    }

    @Test
    void aNotApprovedTextRestartsWithANewProcessAndIsApprovedInRoundTwo() {
        long id = meetingAnnounced();
        meetingOutcome(id, List.of("FRA", "DEU"), List.of());
        approvals.restart(CHAIR_SG20, id, null);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(v.round()).isEqualTo(2);
        assertThat(v.comments()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", id)).count()).isOne();

        clock.set("2027-05-03T08:00:00Z");
        approvals.announceLastCall(TSB, id, new Commands.Announce(LocalDate.parse("2027-05-03")));
        assertThat(clock.moveTo("2027-06-01T00:00:00Z", id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(Subject.key("APPROVAL", id)).count())
                .isEqualTo(2);
    }

    // --- TAP (TapProcessTest's calendar) -------------------------------------------------------------------

    long inConsultation() {
        clock.set("2026-12-01T09:00:00Z");
        long id = approvals.start(CHAIR_SG3, new Commands.StartApproval(Procedure.TAP, "D.50", Revision.REVISED,
                "International Internet connectivity", "SG3", List.of("Q1/3"),
                "Principles for charging international Internet connectivity.", "SG3-TD100", LocalDate.parse("2026-11-30"),
                new Commands.MeetingDates(SG3_MEETING_START, SG3_MEETING_END), null)).id();
        clock.set("2027-01-06T08:00:00Z");
        approvals.announceConsultation(TSB, id, new Commands.AnnounceConsultation(LocalDate.parse("2027-01-06"), null, null));
        return id;
    }

    void reply(long id, String code, Position position) {
        approvals.reply(Actors.memberState(code), id, code, new Commands.SubmitReply(position,
                position == Position.AGAINST ? "reasons of " + code : null, null));
    }

    long consulted(int support, int against) {
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        for (int i = 0; i < support + against; i++) {
            reply(id, codes.get(i), i < support ? Position.SUPPORT : Position.AGAINST);
        }
        assertThat(clock.moveTo(AFTER_CONSULTATION, id)).isEqualTo(1);
        return id;
    }

    ConsultationTally tally(long id) {
        return (ConsultationTally) approvals.get(id).tally();
    }

    @Test
    void sevenOfTenInFavourGoesToTheMeeting() {
        long id = consulted(7, 3);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
        assertThat(tally(id).supportPercent()).isEqualByComparingTo("70.0");
        assertThat(tally(id).thresholdMet()).isTrue();
        assertThat(v.consultation().closesAt()).isEqualTo(Instant.parse("2027-03-23T23:59:59Z"));
        assertThat(openDeadlines(id)).containsExactly("TEXT_DISTRIBUTION@2027-03-06T23:59:59Z");
    }

    @Test
    void sixOfNineInFavourStopsTheProcedure() {
        long id = consulted(6, 3);
        ApprovalView v = approvals.get(id);
        assertThat(v.status()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(v.outcomeReason()).isEqualTo("CONSULTATION_BELOW_THRESHOLD");
        assertThat(passed(id, TapProcess.NOT_APPROVED)).isTrue();
        assertThat(approvals.replies(id)).hasSize(9);
        assertThat(openDeadlines(id)).containsExactly("NOTIFICATION@2027-04-21T23:59:59Z");
    }

    @Test
    void aChangedReplyReplacesTheEarlierOne() {
        long id = inConsultation();
        clock.set("2027-02-01T10:00:00Z");
        reply(id, "FRA", Position.AGAINST);
        clock.set("2027-02-02T10:00:00Z");
        reply(id, "FRA", Position.SUPPORT);
        assertThat(approvals.replies(id)).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(Position.SUPPORT);
            assertThat(r.version()).isEqualTo(2);
            assertThat(r.firstSubmittedAt()).isEqualTo(Instant.parse("2027-02-01T10:00:00Z"));
        });
    }

    @Test
    void everyMemberStateReplyingAtOnceIsCountedOnce() throws Exception {
        long id = inConsultation();
        clock.set("2027-03-23T12:00:00Z");
        List<String> codes = registry.memberStates().stream().map(m -> m.code()).toList();
        assertThat(codes).hasSize(194);
        List<Throwable> errors = AllAtOnce.run(codes.size(), 32,
                i -> reply(id, codes.get(i), i % 4 == 0 ? Position.AGAINST : Position.SUPPORT));
        assertThat(errors).isEmpty();
        assertThat(approvals.replies(id)).hasSize(194).extracting(r -> r.memberState()).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM recflow.consultation_reply WHERE subject_id = ?").param(id).query(Long.class).single())
                .isEqualTo(194);
        ConsultationTally t = tally(id);
        assertThat(t.support()).isEqualTo(145);
        assertThat(t.against()).isEqualTo(49);
        assertThat(actions(id).stream().filter(a -> a.endsWith(":REPLY_SUBMITTED"))).hasSize(194);
        clock.moveTo(AFTER_CONSULTATION, id);
        assertThat(approvals.get(id).status()).isEqualTo(ApprovalStatus.AWAITING_MEETING);
    }

    @Test
    void aTapTextIsApprovedWhenTheMoreTimeWindowClosesWithoutObjection() {
        long id = consulted(8, 2);
        clock.set("2027-04-15T17:00:00Z");
        ApprovalView v = approvals.recordMeetingOutcome(CHAIR_SG3, id, new Commands.RecordMeetingOutcome(SG3_MEETING_END,
                List.of(), List.of("BRA"), List.of("CHN"), List.of(new Commands.Reservation("DEU", "reservation on clause 4")), null));
        assertThat(v.status()).isEqualTo(ApprovalStatus.MORE_TIME);
        assertThat(clock.moveTo("2027-05-14T00:00:00Z", id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approvals.get(id).meetingOutcome().reservations()).extracting(r -> r.member()).containsExactly("DEU");
        assertThat(passed(id, TapProcess.APPROVED)).isTrue();
    }
}
