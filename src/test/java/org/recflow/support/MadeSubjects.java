package org.recflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.recflow.deadline.DeadlineBook;
import org.recflow.kernel.Subject;

/**
 * The subjects (approvals, Questions, deletions) a walk test made, so that it closes their open deadlines when done:
 * the tests share one database, and rows left open would push other tests' rows off the dashboard's sections.
 */
public final class MadeSubjects {

    private final DeadlineBook deadlines;
    private final String subjectType;
    private final List<Long> made = new ArrayList<>();

    /** @param subjectType the deadline book's subject type: {@code APPROVAL}, {@code QUESTION} or {@code DELETION} */
    public MadeSubjects(DeadlineBook deadlines, String subjectType) {
        this.deadlines = deadlines;
        this.subjectType = subjectType;
    }

    /** Makes a subject with {@code maker}, remembers it, and answers its id. */
    public long make(LongSupplier maker) {
        long id = maker.getAsLong();
        made.add(id);
        return id;
    }

    /** Closes every open deadline of the subjects made so far, and forgets them. */
    public void closeDeadlines() {
        made.forEach(id -> deadlines.closeAll(new Subject(subjectType, id, "", "")));
        made.clear();
    }
}
