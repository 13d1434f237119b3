package org.recflow.approval.web;

import java.time.Instant;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalView;
import org.recflow.deadline.DeadlineFormat;
import org.recflow.membership.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One approval's story for the secretariat (template {@code approval.html}): its state, open deadlines with
 * their times in UTC and Geneva, history, and the BPMN diagram with the steps it stands at. An unknown or
 * malformed id answers 404 problem+json.
 */
@Controller
class ApprovalPageController {

    /** One line of the deadline table, with its times in UTC and in Geneva. */
    record Row(String subjectType, long subjectId, String subject, String studyGroup, String kind, String kindLabel,
            String dueUtc, String dueGeneva, String dueIso, String waitingOn, boolean overdue, String link) {
    }

    private final ApprovalManagement approvals;

    ApprovalPageController(ApprovalManagement approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/dashboard/approvals/{id}")
    String approval(Actor actor, @PathVariable String id, Model model) {
        long key = ApprovalController.id(id);
        ApprovalView a = approvals.get(actor, key);
        model.addAttribute("actor", actor);
        model.addAttribute("a", a);
        model.addAttribute("deadlines", a.deadlines().stream().map(d -> new Row("APPROVAL", a.id(), "", a.studyGroup(), d.kind(),
                DeadlineFormat.label(d.kind()), times(d.dueAt())[0], times(d.dueAt())[1], d.dueAt().toString(), d.waitingOn(),
                d.overdue(), null)).toList());
        model.addAttribute("history", a.history().stream().map(h -> new String[] {times(h.at())[0], times(h.at())[1], h.actor(),
                h.role(), h.action(), h.detail()}).toList());
        model.addAttribute("diagram", approvals.diagram(key));
        return "approval";
    }

    private static String[] times(Instant i) {
        return DeadlineFormat.times(i);
    }
}
