package org.recflow.approval.web;

import java.util.Arrays;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStep;
import org.recflow.approval.Commands;
import org.recflow.kernel.NextAction;
import org.recflow.kernel.RecflowException;
import org.recflow.membership.Actor;
import org.recflow.web.StepForms;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every step of an approval from its page (issue 15 item 1): {@code POST /dashboard/approvals/{id}/steps/{action}}
 * takes the form that {@code steps.html} rendered from the step's description, turns it into the step's JSON
 * command ({@link StepForms}), and calls the same {@link ApprovalManagement} method as the API's endpoint for that
 * step, as the signed-in caller (session and CSRF token, api.md's rules unchanged). It answers 303 to the page
 * (post/redirect/get), which shows the step taken, or the refusal's words beside the field with nothing changed.
 * A Member State's reply is its own ({@code /replies/{memberState}} with the caller's code). An unknown step
 * answers 404 problem+json.
 */
@Controller
class ApprovalStepPageController {

    private final ApprovalManagement approvals;
    private final StepForms forms;

    ApprovalStepPageController(ApprovalManagement approvals, StepForms forms) {
        this.approvals = approvals;
        this.forms = forms;
    }

    @PostMapping("/dashboard/approvals/{id}/steps/{action}")
    String take(Actor actor, @PathVariable String id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes next) {
        long key = ApprovalController.id(id);
        ApprovalStep step = Arrays.stream(ApprovalStep.values()).filter(s -> s.action().equals(action)).findFirst()
                .orElseThrow(() -> RecflowException.notFound("step " + action));
        var offered = approvals.get(actor, key).nextActions(); // 404 for an unknown approval
        forms.take(action, form, next, () -> {
            var inputs = StepForms.inputs(offered, action, () -> NextAction.inputsOf(step.command()));
            Object command = forms.bind(StepForms.toJson(inputs, form), step.command());
            apply(step, actor, key, command);
        });
        return "redirect:/dashboard/approvals/" + key + "#step-" + action;
    }

    /** The management method of {@code step}, the one the API's endpoint for it calls. */
    private void apply(ApprovalStep step, Actor actor, long id, Object command) {
        switch (step) {
            case ANNOUNCE_LAST_CALL -> approvals.announceLastCall(actor, id, (Commands.Announce) command);
            case CHANGE_PROCEDURE -> approvals.changeProcedure(actor, id, (Commands.ChangeProcedure) command);
            case ANNOUNCE_CONSULTATION -> approvals.announceConsultation(actor, id, (Commands.AnnounceConsultation) command);
            case REPLY -> approvals.reply(actor, id, actor.member() == null ? "" : actor.member(), (Commands.SubmitReply) command);
            case COMMENT -> approvals.comment(actor, id, (Commands.SubmitComment) command);
            case JUDGE -> approvals.judge(actor, id, (Commands.Judge) command);
            case RESOLVE_COMMENTS -> approvals.resolveComments(actor, id, (Commands.Resolve) command);
            case ANNOUNCE_ADDITIONAL_REVIEW -> approvals.announceAdditionalReview(actor, id, (Commands.Announce) command);
            case ANNOUNCE_MEETING -> approvals.announceMeeting(actor, id, (Commands.AnnounceMeeting) command);
            case RECORD_MEETING_OUTCOME -> approvals.recordMeetingOutcome(actor, id, (Commands.RecordMeetingOutcome) command);
            case OBJECT -> approvals.object(actor, id, (Commands.SubmitObjection) command);
            case RESTART -> approvals.restart(actor, id, (Commands.Restart) command);
            case DISTRIBUTE_TEXTS -> approvals.distributeTexts(actor, id, (Commands.DistributeTexts) command);
            case NOTIFY -> approvals.notifyResult(actor, id, (Commands.Notify) command);
            case DEFER_TO_WTSA -> approvals.defer(actor, id, (Commands.Defer) command);
            case WITHDRAW -> approvals.withdraw(actor, id, (Commands.Withdraw) command);
        }
    }
}
