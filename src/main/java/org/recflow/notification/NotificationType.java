package org.recflow.notification;

/** The kinds of notification of api.md (second wave, "Notifications"), each with its own recipients. */
public enum NotificationType {
    /** A period in which the recipient may submit opened (Last Call, Additional Review, consultation, deletion window). */
    PERIOD_OPENED,
    /** A consultation closes soon and the recipient (a Member State) has not replied. */
    REMINDER,
    /** A deadline waits on the recipient (the chair, TSB): opened, due in 2 days, overdue. */
    ACTION_DUE,
    /** A period closed. */
    PERIOD_CLOSED,
    /** A final outcome. */
    OUTCOME,
    /** A circular was issued. */
    CIRCULAR
}
