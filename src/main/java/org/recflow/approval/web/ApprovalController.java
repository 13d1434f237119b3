package org.recflow.approval.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.ApprovalStatus;
import org.recflow.approval.ApprovalStep;
import org.recflow.approval.ApprovalSummary;
import org.recflow.approval.ApprovalView;
import org.recflow.approval.Comment;
import org.recflow.approval.Commands;
import org.recflow.approval.Objection;
import org.recflow.approval.Procedure;
import org.recflow.consultation.Reply;
import org.recflow.kernel.HalForms;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The approvals of api.md: each step one call into {@link ApprovalManagement}. */
@RestController
@RequestMapping(path = "/api/approvals", produces = MediaType.APPLICATION_JSON_VALUE)
class ApprovalController {

    private final ApprovalManagement approvals;

    ApprovalController(ApprovalManagement approvals) {
        this.approvals = approvals;
    }

    static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw RecflowException.notFound("approval " + raw);
        }
    }

    @PostMapping
    ResponseEntity<ApprovalView> start(Actor actor, @Valid @RequestBody Commands.StartApproval body) {
        ApprovalView v = approvals.start(actor, body);
        return ResponseEntity.created(URI.create("/api/approvals/" + v.id())).body(v);
    }

    @GetMapping
    List<ApprovalSummary> list(@RequestParam(required = false) String studyGroup,
            @RequestParam(required = false) Procedure procedure, @RequestParam(required = false) ApprovalStatus status) {
        return approvals.list(studyGroup, procedure, status);
    }

    @GetMapping("/{id}")
    ApprovalView get(Actor actor, @PathVariable String id) {
        return approvals.get(actor, id(id));
    }

    /**
     * The same approval in HAL-FORMS: its fields, a self link, and one template per step the caller may take now
     * (the {@code nextActions} with {@code allowed} true), each with its method, target and the inputs of its
     * command record. A Member State's reply targets its own code.
     */
    @io.swagger.v3.oas.annotations.Hidden // the same resource as the JSON GET, in another media type
    @GetMapping(path = "/{id}", produces = MediaTypes.HAL_FORMS_JSON_VALUE)
    EntityModel<ApprovalView> getWithAffordances(Actor actor, @PathVariable String id) {
        ApprovalView v = approvals.get(actor, id(id));
        return HalForms.of(v, "/api/approvals/" + v.id(), v.nextActions(), action -> java.util.Arrays.stream(ApprovalStep.values())
                .filter(s -> s.action().equals(action)).findFirst().orElseThrow().command(), actor.member());
    }

    @PostMapping("/{id}/last-call")
    ApprovalView lastCall(Actor actor, @PathVariable String id, @Valid @RequestBody(required = false) Commands.Announce body) {
        return approvals.announceLastCall(actor, id(id), body);
    }

    @PostMapping("/{id}/consultation")
    ApprovalView consultation(Actor actor, @PathVariable String id,
            @Valid @RequestBody(required = false) Commands.AnnounceConsultation body) {
        return approvals.announceConsultation(actor, id(id), body);
    }

    @PostMapping("/{id}/text-distribution")
    ApprovalView textDistribution(Actor actor, @PathVariable String id,
            @Valid @RequestBody(required = false) Commands.DistributeTexts body) {
        return approvals.distributeTexts(actor, id(id), body);
    }

    @PutMapping("/{id}/replies/{memberState}")
    Reply reply(Actor actor, @PathVariable String id, @PathVariable String memberState,
            @Valid @RequestBody Commands.SubmitReply body) {
        return approvals.reply(actor, id(id), memberState, body);
    }

    @GetMapping("/{id}/replies")
    List<Reply> replies(@PathVariable String id) {
        return approvals.replies(id(id));
    }

    @GetMapping("/{id}/replies/{memberState}/versions")
    List<org.recflow.consultation.ReplyVersion> replyVersions(@PathVariable String id, @PathVariable String memberState) {
        return approvals.replyVersions(id(id), memberState);
    }

    @PostMapping("/{id}/procedure-change")
    ApprovalView procedureChange(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.ChangeProcedure body) {
        return approvals.changeProcedure(actor, id(id), body);
    }

    @PostMapping("/{id}/deferral")
    ApprovalView deferral(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Defer body) {
        return approvals.defer(actor, id(id), body);
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<Comment> comment(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.SubmitComment body) {
        Comment c = approvals.comment(actor, id(id), body);
        return ResponseEntity.created(URI.create("/api/approvals/" + c.approvalId() + "/comments/" + c.id())).body(c);
    }

    @GetMapping("/{id}/comments")
    List<Comment> comments(@PathVariable String id) {
        return approvals.comments(id(id));
    }

    @PostMapping("/{id}/judgement")
    ApprovalView judge(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Judge body) {
        return approvals.judge(actor, id(id), body);
    }

    @PostMapping("/{id}/resolution")
    ApprovalView resolve(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Resolve body) {
        return approvals.resolveComments(actor, id(id), body);
    }

    @PostMapping("/{id}/additional-review")
    ApprovalView additionalReview(Actor actor, @PathVariable String id, @Valid @RequestBody(required = false) Commands.Announce body) {
        return approvals.announceAdditionalReview(actor, id(id), body);
    }

    @PostMapping("/{id}/meeting-announcement")
    ApprovalView announceMeeting(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.AnnounceMeeting body) {
        return approvals.announceMeeting(actor, id(id), body);
    }

    @PostMapping("/{id}/meeting-outcome")
    ApprovalView meetingOutcome(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.RecordMeetingOutcome body) {
        return approvals.recordMeetingOutcome(actor, id(id), body);
    }

    @PostMapping("/{id}/objections")
    ResponseEntity<Objection> object(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.SubmitObjection body) {
        Objection o = approvals.object(actor, id(id), body);
        return ResponseEntity.created(URI.create("/api/approvals/" + o.approvalId() + "/objections/" + o.id())).body(o);
    }

    @GetMapping("/{id}/objections")
    List<Objection> objections(@PathVariable String id) {
        return approvals.objections(id(id));
    }

    @PostMapping("/{id}/notification")
    ApprovalView notification(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Notify body) {
        return approvals.notifyResult(actor, id(id), body);
    }

    @PostMapping("/{id}/restart")
    ApprovalView restart(Actor actor, @PathVariable String id, @Valid @RequestBody(required = false) Commands.Restart body) {
        return approvals.restart(actor, id(id), body);
    }

    @PostMapping("/{id}/withdrawal")
    ApprovalView withdraw(Actor actor, @PathVariable String id, @Valid @RequestBody Commands.Withdraw body) {
        return approvals.withdraw(actor, id(id), body);
    }
}
