package org.recflow.approval;

/**
 * The steps people take in an approval (api.md), in the order {@code nextActions} lists them: each with its
 * name in the contract, its HTTP method, its path below {@code /api/approvals/{id}} and the command record that
 * carries its inputs. Whether a step is open, and for whom, is the approval's to say ({@code Approval.closed},
 * {@code Approval.refusal}); the timers' steps (a period's close) are the engine's and are not listed.
 */
public enum ApprovalStep {
    ANNOUNCE_LAST_CALL("announce-last-call", "POST", "/last-call", Commands.Announce.class),
    CHANGE_PROCEDURE("change-procedure", "POST", "/procedure-change", Commands.ChangeProcedure.class),
    ANNOUNCE_CONSULTATION("announce-consultation", "POST", "/consultation", Commands.AnnounceConsultation.class),
    REPLY("reply", "PUT", "/replies/{memberState}", Commands.SubmitReply.class),
    COMMENT("comment", "POST", "/comments", Commands.SubmitComment.class),
    JUDGE("judge", "POST", "/judgement", Commands.Judge.class),
    RESOLVE_COMMENTS("resolve-comments", "POST", "/resolution", Commands.Resolve.class),
    ANNOUNCE_ADDITIONAL_REVIEW("announce-additional-review", "POST", "/additional-review", Commands.Announce.class),
    ANNOUNCE_MEETING("announce-meeting", "POST", "/meeting-announcement", Commands.AnnounceMeeting.class),
    RECORD_MEETING_OUTCOME("record-meeting-outcome", "POST", "/meeting-outcome", Commands.RecordMeetingOutcome.class),
    OBJECT("object", "POST", "/objections", Commands.SubmitObjection.class),
    RESTART("restart", "POST", "/restart", Commands.Restart.class),
    DISTRIBUTE_TEXTS("distribute-texts", "POST", "/text-distribution", Commands.DistributeTexts.class),
    NOTIFY("notify", "POST", "/notification", Commands.Notify.class),
    DEFER_TO_WTSA("defer-to-wtsa", "POST", "/deferral", Commands.Defer.class),
    WITHDRAW("withdraw", "POST", "/withdrawal", Commands.Withdraw.class);

    private final String action;
    private final String method;
    private final String path;
    private final Class<?> command;

    ApprovalStep(String action, String method, String path, Class<?> command) {
        this.action = action;
        this.method = method;
        this.path = path;
        this.command = command;
    }

    /** The step's name in the contract: "announce-last-call". */
    public String action() {
        return action;
    }

    /** "POST" or "PUT". */
    public String method() {
        return method;
    }

    /** The target of the step for approval {@code id}: "/api/approvals/42/last-call". */
    public String href(long id) {
        return "/api/approvals/" + id + path;
    }

    /** The command record whose components are the step's inputs. */
    public Class<?> command() {
        return command;
    }
}
