package org.recflow.notification;

import java.util.LinkedHashSet;
import java.util.List;
import org.recflow.approval.ApprovalManagement;
import org.recflow.approval.Comment;
import org.recflow.approval.CommentPhase;
import org.recflow.approval.Objection;
import org.recflow.deletion.DeletionManagement;
import org.recflow.deletion.DeletionObjection;
import org.recflow.kernel.Subject;
import org.recflow.question.QuestionManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Locale;
import java.util.Set;
import org.recflow.membership.MemberRegistry;
import org.recflow.membership.MemberState;
import org.recflow.membership.Organisation;
import org.recflow.membership.StudyGroup;
import org.springframework.stereotype.Component;

/**
 * The accounts an {@link Audience} stands for, by the account names of the membership module ({@code ms-fra},
 * {@code sm-ericsson}, the Associate's id, {@code chair-sg20}, {@code tsb}), in that order and each once.
 */
@Component
class Recipients {

    static final String TSB = "tsb";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Recipients.class);

    private final MemberRegistry registry;
    private final ObjectProvider<ApprovalManagement> approvals;
    private final ObjectProvider<QuestionManagement> questions;
    private final ObjectProvider<DeletionManagement> deletions;
    private final TransactionTemplate readOnly;

    Recipients(MemberRegistry registry, ObjectProvider<ApprovalManagement> approvals, ObjectProvider<QuestionManagement> questions,
            ObjectProvider<DeletionManagement> deletions, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.approvals = approvals;
        this.questions = questions;
        this.deletions = deletions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    static String memberStateAccount(String code) {
        return "ms-" + code.toLowerCase(Locale.ROOT);
    }

    /**
     * The account names of {@code audience} for a notification about {@code subject}; an unknown regional group or
     * study group adds no one, nor does a subject its procedure does not know (submitters are read through the
     * procedure's API in a read-only transaction of their own, so a refusal there undoes nothing).
     */
    Set<String> of(Audience audience, Subject subject) {
        Set<String> to = new LinkedHashSet<>();
        if (audience.memberStates()) {
            if (audience.regionalGroup() != null) {
                registry.regionalGroup(audience.regionalGroup()).ifPresent(g -> g.forEach(code -> to.add(memberStateAccount(code))));
            } else {
                for (MemberState ms : registry.memberStates()) {
                    to.add(memberStateAccount(ms.code()));
                }
            }
        }
        if (audience.sectorMembers()) {
            for (Organisation sm : registry.sectorMembers()) {
                to.add("sm-" + sm.id());
            }
        }
        if (audience.associatesOf() != null) {
            for (Organisation as : registry.associates()) {
                if (audience.associatesOf().equalsIgnoreCase(as.studyGroup())) {
                    to.add(as.id());
                }
            }
        }
        if (audience.chairOf() != null) {
            registry.studyGroup(audience.chairOf()).map(StudyGroup::chairAccount).ifPresent(to::add);
        }
        if (audience.tsb()) {
            to.add(TSB);
        }
        to.addAll(audience.accounts());
        if (audience.submittersOf() != null) {
            to.addAll(submitters(audience.submittersOf(), subject));
        }
        return to;
    }

    private List<String> submitters(Audience.Submitters which, Subject subject) {
        long id = subject.id();
        try {
            List<String> found = readOnly.execute(status -> switch (which) {
                case LAST_CALL_COMMENTS -> commenters(id, CommentPhase.LAST_CALL);
                case ADDITIONAL_REVIEW_COMMENTS -> commenters(id, CommentPhase.ADDITIONAL_REVIEW);
                case APPROVAL_REPLIES -> approvals.getObject().replies(id).stream().map(r -> memberStateAccount(r.memberState())).toList();
                case APPROVAL_OBJECTIONS -> approvals.getObject().objections(id).stream().map(Objection::author).toList();
                case QUESTION_REPLIES -> questions.getObject().replies(id).stream().map(r -> memberStateAccount(r.memberState())).toList();
                case DELETION_OBJECTIONS -> deletions.getObject().objections(id).stream().map(DeletionObjection::author).toList();
            });
            return found == null ? List.of() : found;
        } catch (RuntimeException e) {
            log.info("no submitters of {} for {}: {}", subject.key(), which, e.getMessage());
            return List.of();
        }
    }

    /** The authors of the comments of {@code phase} in the approval's latest round that has any. */
    private List<String> commenters(long approvalId, CommentPhase phase) {
        List<Comment> comments = approvals.getObject().comments(approvalId).stream().filter(c -> c.phase() == phase).toList();
        int round = comments.stream().mapToInt(Comment::round).max().orElse(0);
        return comments.stream().filter(c -> c.round() == round).map(Comment::author).distinct().toList();
    }
}
