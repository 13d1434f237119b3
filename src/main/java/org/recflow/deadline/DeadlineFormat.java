package org.recflow.deadline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recflow.calendar.ProcedureCalendar;

/** How the secretariat's pages show a deadline: its kind in words, its instant in UTC and in Geneva. */
public final class DeadlineFormat {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DeadlineFormat() {
    }

    /** [UTC, Geneva] renderings of one instant, e.g. ["Mon 2 Mar 2026, 23:59 UTC", "Tue 3 Mar 2026, 00:59 Geneva"]. */
    public static String[] times(Instant i) {
        return new String[] {DAY_TIME.format(i.atZone(ZoneOffset.UTC)) + " UTC",
                DAY_TIME.format(ProcedureCalendar.inGeneva(i)) + " Geneva"};
    }

    /** A {@link DeadlineKind}'s name in words ("Last Call closes"); an unknown name as it is. */
    public static String label(String kind) {
        return switch (kind) {
            case "LAST_CALL_CLOSE" -> "Last Call closes";
            case "COMMENT_COMPILATION" -> "Comments compiled";
            case "ADDITIONAL_REVIEW_CLOSE" -> "Additional Review closes";
            case "MEETING_ANNOUNCEMENT" -> "Meeting to be announced";
            case "TEXT_DISTRIBUTION" -> "Texts to be distributed";
            case "CONSULTATION_CLOSE" -> "Consultation closes";
            case "MORE_TIME_CLOSE" -> "More time ends";
            case "NOTIFICATION" -> "Circular due";
            case "QUESTION_CONSULTATION_CLOSE" -> "Question consultation closes";
            case "DELETION_OBJECTION_CLOSE" -> "Deletion objections close";
            default -> kind;
        };
    }
}
