package org.recflow.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.CommentKind;
import org.recflow.approval.Commands;
import org.recflow.approval.Procedure;
import org.recflow.approval.Revision;
import org.recflow.approval.Route;
import org.recflow.consultation.Position;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: on an empty database, a few approvals in different states, drawn from real
 * study-group work, so that a newcomer sees a living dashboard at once. Every one is brought to its state by
 * the real procedure (the clock is set back while they are walked, then returned to now).
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor TSB = new Actor("tsb", Role.TSB, null, null);

    private final ApprovalManagement approvals;
    private final ManagementService management;
    private final RuntimeService runtime;

    DemoData(ApprovalManagement approvals, ManagementService management, RuntimeService runtime) {
        this.approvals = approvals;
        this.management = management;
        this.runtime = runtime;
    }

    static Actor chair(String sg) {
        return new Actor("chair-" + sg.toLowerCase(java.util.Locale.ROOT), Role.CHAIR, null, sg);
    }

    static Actor state(String code) {
        return new Actor("ms-" + code.toLowerCase(java.util.Locale.ROOT), Role.MEMBER_STATE, code, null);
    }

    /** Runs after the simulated clock (if any) has resumed, so "now" is the demo's now. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void load() {
        if (!approvals.list(null, null, null).isEmpty()) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try {
            // SG20: a digital-twin text in its Last Call, with comments coming in
            at(now.minus(Duration.ofDays(12)));
            long twin = start(Procedure.AAP, "Y.4480", Revision.NEW, "Digital twin reference model for smart cities", "SG20",
                    "Q2/20", today.minusDays(15), null);
            approvals.announceLastCall(TSB, twin, null);
            at(now.minus(Duration.ofDays(3)));
            comment(twin, state("FRA"), CommentKind.TYPOGRAPHICAL, "6.2: 'recieve' should read 'receive'");
            comment(twin, new Actor("sm-ericsson", Role.SECTOR_MEMBER, "ericsson", null), CommentKind.SUBSTANTIVE,
                    "Clause 7 should align the twin lifecycle with Y.4460");

            // SG21: a metaverse text whose Last Call closed with a substantive comment: the chairman must judge
            at(now.minus(Duration.ofDays(40)));
            long metaverse = start(Procedure.AAP, "H.810", Revision.NEW, "Metaverse interoperability framework", "SG21",
                    "Q1/21", today.minusDays(44), null);
            approvals.announceLastCall(TSB, metaverse, null);
            at(now.minus(Duration.ofDays(30)));
            comment(metaverse, state("JPN"), CommentKind.SUBSTANTIVE, "Section 5 needs a clause on avatar identity");
            runTimersUntil(metaverse, now.minus(Duration.ofDays(11)));

            // SG20: an IoT text approved without comment, its circular not yet issued
            at(now.minus(Duration.ofDays(33)));
            long iot = start(Procedure.AAP, "Y.4223", Revision.REVISED, "IoT device onboarding requirements", "SG20", "Q3/20",
                    today.minusDays(35), null);
            approvals.announceLastCall(TSB, iot, null);
            runTimersUntil(iot, now.minus(Duration.ofDays(4)));

            // SG13: consented, waiting for TSB to announce its Last Call
            at(now.minus(Duration.ofDays(2)));
            start(Procedure.AAP, "Y.3061", Revision.NEW, "Future networks: quantum key distribution network orchestration",
                    "SG13", "Q16/13", today.minusDays(3), null);

            // SG3: a tariff text under TAP, its Member State consultation running
            at(now.minus(Duration.ofDays(20)));
            LocalDate meeting = today.plusDays(80);
            long tariff = start(Procedure.TAP, "D.50", Revision.REVISED, "International Internet connectivity", "SG3", "Q1/3",
                    today.minusDays(21), new Commands.MeetingDates(meeting, meeting.plusDays(9)));
            approvals.announceConsultation(TSB, tariff, null);
            at(now.minus(Duration.ofDays(6)));
            for (String code : List.of("KEN", "BRA", "IND", "DEU", "EGY", "JPN", "MEX")) {
                approvals.reply(state(code), tariff, code, new Commands.SubmitReply(Position.SUPPORT, null, null));
            }
            approvals.reply(state("USA"), tariff, "USA", new Commands.SubmitReply(Position.AGAINST,
                    "Connectivity charging is a commercial matter", "Delete Annex A"));

            // SG17: a security text sent to the study-group meeting after comment resolution
            at(now.minus(Duration.ofDays(60)));
            long security = start(Procedure.AAP, "X.1280", Revision.NEW, "Security guidelines for digital identity wallets",
                    "SG17", "Q10/17", today.minusDays(62), new Commands.MeetingDates(today.plusDays(15), today.plusDays(24)));
            approvals.announceLastCall(TSB, security, null);
            at(now.minus(Duration.ofDays(50)));
            comment(security, state("CHN"), CommentKind.SUBSTANTIVE, "The revocation model in clause 8 is incomplete");
            runTimersUntil(security, now.minus(Duration.ofDays(30)));
            approvals.judge(chair("SG17"), security, new Commands.Judge(Route.MEETING));
            log.info("demo: loaded 6 approvals");
        } finally {
            ClockUtil.setCurrentTime(Date.from(now));
            if (!isSimulated()) {
                ClockUtil.reset();
            }
        }
    }

    private boolean isSimulated() {
        return Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()) > 60_000;
    }

    private long start(Procedure p, String rec, Revision rev, String title, String sg, String question, LocalDate agreedOn,
            Commands.MeetingDates meeting) {
        return approvals.start(chair(sg), new Commands.StartApproval(p, rec, rev, title, sg, List.of(question),
                "Summary of " + rec + ": " + title + ".", sg + "-TD" + (100 + rec.length()), agreedOn, meeting, null)).id();
    }

    private void comment(long id, Actor who, CommentKind kind, String text) {
        approvals.comment(who, id, new Commands.SubmitComment(kind, text, null));
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /**
     * Moves the clock to {@code until}, running on the way each timer of that approval's process at the instant it is due
     * (a period's close at 00:00:00Z), as the job executor would have: the close is recorded at that instant, not at
     * {@code until} (issue 13 item 7). The clock stops at each due instant before the timer runs, so a job executor
     * that takes the timer first runs it at that instant too.
     */
    private void runTimersUntil(long id, Instant until) {
        while (true) {
            Job next = null;
            for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(org.recflow.kernel.Subject.key("APPROVAL", id)).list()) {
                for (Job job : management.createJobQuery().processInstanceId(pi.getId()).timers().list()) {
                    if (!job.getDuedate().toInstant().isAfter(until) && (next == null || job.getDuedate().before(next.getDuedate()))) {
                        next = job;
                    }
                }
            }
            if (next == null) {
                at(until);
                return;
            }
            at(next.getDuedate().toInstant());
            try {
                management.executeJob(next.getId());
            } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
                log.debug("demo: the job executor ran {} first", next.getId());
            }
        }
    }
}
