package org.recflow.circular;

import java.time.LocalDate;
import java.util.List;
import org.recflow.kernel.Subject;

/**
 * What happened to a circular, as past-tense records published by {@link CircularManagement} with Spring's
 * {@code ApplicationEventPublisher} in the transaction of the change: the public API that other modules (the
 * notifications) listen to. They carry ids and facts only; a listener that needs more reads it through
 * {@link CircularManagement} (for instance its PDF in a language, {@link CircularManagement#pdf}).
 */
public final class CircularEvents {

    private CircularEvents() {
    }

    /**
     * The circular {@code circularId} was issued as {@code number} ("TSB Circular N") on {@code issuedOn} (a Geneva
     * day) for {@code studyGroup} ("SG3"); {@code covers} are the texts it announces (subject type APPROVAL, QUESTION
     * or DELETION, id, the text's reference as label, the study group). Published at the start of the issue
     * transaction, before the steps the circular announces for each text (so a listener knows that the
     * {@code ResultNotified} events which follow in that transaction are this circular's); a refusal of any text
     * rolls the event back with everything else, so a published one always stands for an issued circular.
     */
    public record CircularIssued(long circularId, String number, CircularKind kind, String studyGroup, LocalDate issuedOn, List<Subject> covers) {

        public CircularIssued {
            covers = List.copyOf(covers);
        }
    }
}
