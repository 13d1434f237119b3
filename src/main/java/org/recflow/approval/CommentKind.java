package org.recflow.approval;

/** The commenter's own label: a claim the chairman judges, not the judgement (A.8 figure 1 note 4). */
public enum CommentKind {
    TYPOGRAPHICAL, SUBSTANTIVE
}
