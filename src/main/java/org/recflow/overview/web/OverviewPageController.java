package org.recflow.overview.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.deadline.DeadlineFormat;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionStatus;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.Role;
import org.recflow.question.QuestionManagement;
import org.recflow.question.QuestionStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /dashboard/all}: every approval (AAP of A.8, TAP of Res. 1 §9), Question (Res. 1 §7.3) and deletion
 * (Res. 1 §9.8.2, A.8 §8.2), open or finished, with or without an open deadline, newest first, at most {@value #LIMIT}
 * lines. Filters, each optional (empty: any): {@code studyGroup} (a study group of the registry), {@code procedure}
 * (AAP, TAP, QUESTION, DELETION), {@code status} (a status code of any of the three; the words come from the bundle),
 * {@code round} (1 to 99: an approval's round; Questions and deletions have none and are left out when a round is
 * chosen). A chairman who gives no {@code studyGroup} parameter at all starts on his own study group. A filter value
 * that is none of these answers 400 ({@code INVALID_REQUEST}) and shows nothing. Instants are shown in UTC.
 */
@Controller
class OverviewPageController {

    /** The page shows at most this many lines and says so when there are more. */
    static final int LIMIT = 500;

    /** The four procedures a line can be under. */
    enum Kind { AAP, TAP, QUESTION, DELETION }

    /** One line: what it is, its text and title, study group, procedure, status (code and bundle key), round, start. */
    record Line(String type, long id, String text, String title, String studyGroup, Kind procedure, String status,
            String statusKey, Integer round, Instant startedAt, String started, String link) {
    }

    /** A status the filter offers: its code and the bundle key of its words. */
    record StatusOption(String code, String key) {
    }

    private final ApprovalManagement approvals;
    private final QuestionManagement questions;
    private final DeletionManagement deletions;
    private final MemberRegistry registry;

    OverviewPageController(ApprovalManagement approvals, QuestionManagement questions, DeletionManagement deletions,
            MemberRegistry registry) {
        this.approvals = approvals;
        this.questions = questions;
        this.deletions = deletions;
        this.registry = registry;
    }

    @GetMapping("/dashboard/all")
    String all(Actor actor, @RequestParam(required = false) String studyGroup, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String status, @RequestParam(required = false) String round, Model model) {
        String sg = studyGroup == null ? (actor.role() == Role.CHAIR ? actor.studyGroup() : null) : studyGroup(studyGroup);
        Kind kind = blank(procedure) ? null : parse(Kind.class, procedure, "procedure");
        String code = blank(status) ? null : status(status);
        Integer r = blank(round) ? null : round(round);

        List<Line> lines = new ArrayList<>();
        if (kind == null || kind == Kind.AAP || kind == Kind.TAP) {
            ApprovalStatus as = code == null ? null : find(ApprovalStatus.class, code);
            if (code == null || as != null) {
                org.recflow.approval.Procedure p = kind == null ? null : org.recflow.approval.Procedure.valueOf(kind.name());
                approvals.lines(sg, p, as).stream().filter(l -> r == null || l.round() == r).forEach(l -> {
                    var s = l.summary();
                    lines.add(new Line("APPROVAL", s.id(), "ITU-T " + s.recommendation(), s.title(), s.studyGroup(),
                            Kind.valueOf(s.procedure().name()), s.status().name(), "status." + s.status().name(), l.round(),
                            s.createdAt(), DeadlineFormat.times(s.createdAt())[0], "/dashboard/approvals/" + s.id()));
                });
            }
        }
        if ((kind == null || kind == Kind.QUESTION) && r == null) {
            QuestionStatus qs = code == null ? null : find(QuestionStatus.class, code);
            if (code == null || qs != null) {
                questions.list(sg, qs).forEach(q -> lines.add(new Line("QUESTION", q.id(), q.question(), q.title(), q.studyGroup(),
                        Kind.QUESTION, q.status().name(), "status.question." + q.status().name(), null, q.createdAt(),
                        DeadlineFormat.times(q.createdAt())[0], null)));
            }
        }
        if ((kind == null || kind == Kind.DELETION) && r == null) {
            DeletionStatus ds = code == null ? null : find(DeletionStatus.class, code);
            if (code == null || ds != null) {
                deletions.list(sg, ds).forEach(d -> lines.add(new Line("DELETION", d.id(), "ITU-T " + d.recommendation(), "",
                        d.studyGroup(), Kind.DELETION, d.status().name(), "status.deletion." + d.status().name(), null,
                        d.createdAt(), DeadlineFormat.times(d.createdAt())[0], null)));
            }
        }
        lines.sort(Comparator.comparing(Line::startedAt, Comparator.reverseOrder()).thenComparing(Line::type)
                .thenComparing(Line::id, Comparator.reverseOrder()));

        model.addAttribute("actor", actor);
        model.addAttribute("lines", lines.size() > LIMIT ? lines.subList(0, LIMIT) : lines);
        model.addAttribute("total", lines.size());
        model.addAttribute("limit", LIMIT);
        model.addAttribute("studyGroups", registry.studyGroups());
        model.addAttribute("procedures", Kind.values());
        model.addAttribute("statuses", statusOptions());
        model.addAttribute("selectedStudyGroup", sg);
        model.addAttribute("ownGroup", studyGroup == null && sg != null);
        model.addAttribute("selectedProcedure", kind == null ? null : kind.name());
        model.addAttribute("selectedStatus", code);
        model.addAttribute("selectedRound", r);
        return "overview";
    }

    /** Every status code once, the approvals' first, each with the bundle key of its words. */
    static List<StatusOption> statusOptions() {
        Set<String> seen = new LinkedHashSet<>();
        List<StatusOption> options = new ArrayList<>();
        for (ApprovalStatus s : ApprovalStatus.values()) {
            if (seen.add(s.name())) {
                options.add(new StatusOption(s.name(), "status." + s.name()));
            }
        }
        for (QuestionStatus s : QuestionStatus.values()) {
            if (seen.add(s.name())) {
                options.add(new StatusOption(s.name(), "status.question." + s.name()));
            }
        }
        for (DeletionStatus s : DeletionStatus.values()) {
            if (seen.add(s.name())) {
                options.add(new StatusOption(s.name(), "status.deletion." + s.name()));
            }
        }
        return options;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String studyGroup(String value) {
        if (value.isBlank()) {
            return null;
        }
        return registry.studyGroup(value.strip()).map(g -> g.code())
                .orElseThrow(() -> RecflowException.invalid("studyGroup", "no study group " + shorten(value)));
    }

    private static String status(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (find(ApprovalStatus.class, code) == null && find(QuestionStatus.class, code) == null
                && find(DeletionStatus.class, code) == null) {
            throw RecflowException.invalid("status", "no status " + shorten(value));
        }
        return code;
    }

    private static Integer round(String value) {
        try {
            int r = Integer.parseInt(value.strip());
            if (r >= 1 && r <= 99) {
                return r;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RecflowException.invalid("round", "the round is a whole number from 1 to 99");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        E e = find(type, value.strip().toUpperCase(Locale.ROOT));
        if (e == null) {
            throw RecflowException.invalid(field, "no " + field + " " + shorten(value) + "; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
        return e;
    }

    private static <E extends Enum<E>> E find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst().orElse(null);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
