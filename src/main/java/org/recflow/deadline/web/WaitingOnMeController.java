package org.recflow.deadline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.recflow.deadline.Deadline;
import org.recflow.deadline.DeadlineBook;
import org.recflow.deadline.DeadlineKind;
import org.recflow.deadline.WaitingOn;
import org.recflow.membership.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "What waits on me" (issue 15 item 2), for any signed-in account: the open deadlines that wait on the caller's party,
 * soonest first, with the whole days left (negative: overdue). TSB: those waiting on TSB; a chairman: those of his
 * study group waiting on the chairman; a Member State: those waiting on Member States or on all members; a Sector
 * Member: those waiting on all members; an Associate: the Last Calls of its study group. Read from the deadline store
 * alone: whether a Member State already replied is not looked up yet (the approval page says).
 */
@Controller
class WaitingOnMeController {

    /** The page lists this many, soonest first. */
    static final int LIMIT = 500;

    private final DeadlineBook book;
    private final Clock clock;
    private final List<org.recflow.kernel.SubjectStatus> procedures;

    WaitingOnMeController(DeadlineBook book, Clock clock, List<org.recflow.kernel.SubjectStatus> procedures) {
        this.book = book;
        this.clock = clock;
        this.procedures = procedures;
    }

    /** A consultation's close waits on a Member State only until it has replied (issue 15 item 2); it may still change its reply on the page. */
    private boolean answered(Deadline d, Actor actor) {
        if (actor.member() == null || (d.kind() != DeadlineKind.CONSULTATION_CLOSE && d.kind() != DeadlineKind.QUESTION_CONSULTATION_CLOSE)) {
            return false;
        }
        return procedures.stream().filter(p -> p.subjectType().equals(d.subjectType()))
                .anyMatch(p -> p.repliedBy(d.subjectId(), actor.member()));
    }

    /** One line: the deadline, its times for people, the days left (UTC, rounded down; negative when overdue). */
    record Item(DashboardController.Row row, long daysLeft) {
    }

    /** Whether {@code d} waits on {@code actor}'s party. */
    static boolean waitsOn(Deadline d, Actor actor) {
        return switch (actor.role()) {
            case TSB -> d.waitingOn() == WaitingOn.TSB;
            case CHAIR -> d.waitingOn() == WaitingOn.CHAIR && d.studyGroup().equals(actor.studyGroup());
            case MEMBER_STATE -> Set.of(WaitingOn.MEMBER_STATES, WaitingOn.MEMBERS).contains(d.waitingOn());
            case SECTOR_MEMBER -> d.waitingOn() == WaitingOn.MEMBERS;
            case ASSOCIATE -> d.kind() == DeadlineKind.LAST_CALL_CLOSE && d.studyGroup().equals(actor.studyGroup());
        };
    }

    private static Set<WaitingOn> parties(Actor actor) {
        return switch (actor.role()) {
            case TSB -> Set.of(WaitingOn.TSB);
            case CHAIR -> Set.of(WaitingOn.CHAIR);
            case MEMBER_STATE -> Set.of(WaitingOn.MEMBER_STATES, WaitingOn.MEMBERS);
            case SECTOR_MEMBER, ASSOCIATE -> Set.of(WaitingOn.MEMBERS);
        };
    }

    private static String ownGroup(Actor actor) {
        return switch (actor.role()) {
            case CHAIR, ASSOCIATE -> actor.studyGroup();
            default -> null;
        };
    }

    @GetMapping("/mine")
    String mine(Actor actor, Model model) {
        Instant now = clock.instant();
        List<Item> items = book.openWaitingOn(parties(actor), ownGroup(actor), LIMIT).stream()
                .filter(d -> waitsOn(d, actor))
                .filter(d -> !answered(d, actor))
                .map(d -> {
                    String[] t = DashboardController.times(d.dueAt());
                    String link = "APPROVAL".equals(d.subjectType()) ? "/dashboard/approvals/" + d.subjectId() : null;
                    var row = new DashboardController.Row(d.subjectType(), d.subjectId(), d.subject(), d.studyGroup(),
                            d.kind().name(), DashboardController.label(d.kind().name()), t[0], t[1], d.dueAt().toString(),
                            d.waitingOn().name(), d.overdue(), link);
                    return new Item(row, Math.floorDiv(Duration.between(now, d.dueAt()).toSeconds(), 86_400L));
                }).toList();
        model.addAttribute("actor", actor);
        model.addAttribute("items", items);
        return "mine";
    }
}
