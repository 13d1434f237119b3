package org.recflow.deadline;

/** What a deadline belongs to: an approval, a Question or a deletion, with a label people recognise. */
public record Subject(String type, long id, String label, String studyGroup) {
}
