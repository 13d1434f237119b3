package org.recflow.approval.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recflow.approval.Comment;
import org.recflow.approval.Objection;
import org.recflow.consultation.Reply;
import org.recflow.web.StepForms;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalView;
import org.recflow.deadline.DeadlineFormat;
import org.recflow.membership.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One approval's story (template {@code approval.html}) for whoever is signed in: its state, open deadlines with
 * their times in UTC and Geneva, the comments, replies and objections (the caller's own marked), history, the
 * BPMN diagram with the steps it stands at, and a form for each step the caller may take now (posted to
 * {@link ApprovalStepPageController}). An unknown or malformed id answers 404 problem+json.
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
        approvalPage(actor, id, model);
        return "approval";
    }

    /**
     * The model of the page: the approval as {@code actor} sees it, its steps' forms ({@code steps.html}: the
     * values a refused form sent, else the caller's own reply to change), the comments, replies and objections,
     * and which of them are the caller's.
     */
    private void approvalPage(Actor actor, String id, Model model) {
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
        List<Comment> comments = approvals.comments(key);
        List<Reply> replies = a.tally() == null ? List.of() : approvals.replies(key);
        List<Objection> objections = approvals.objections(key);
        model.addAttribute("comments", comments);
        model.addAttribute("replies", replies);
        model.addAttribute("objections", objections);
        model.addAttribute("base", "/dashboard/approvals/" + key);
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        String member = actor.member();
        replies.stream().filter(r -> r.memberState().equals(member)).findFirst().ifPresent(r -> {
            Map<String, List<String>> mine = new HashMap<>();
            mine.put("position", List.of(r.position().name()));
            if (r.reasons() != null) {
                mine.put("reasons", List.of(r.reasons()));
            }
            if (r.proposedChanges() != null) {
                mine.put("proposedChanges", List.of(r.proposedChanges()));
            }
            values.put("reply", mine);
        });
        StepForms.keepSent(model, values);
        model.addAttribute("values", values);
        model.addAttribute("me", actor.username());
        model.addAttribute("myMember", member == null ? "" : member);
    }

    private static String[] times(Instant i) {
        return DeadlineFormat.times(i);
    }
}
