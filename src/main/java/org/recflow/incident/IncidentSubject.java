package org.recflow.incident;

/**
 * What an incident stopped: the subject of the process instance, read from its business key ("APPROVAL-42").
 *
 * @param type APPROVAL, QUESTION or DELETION; null for a process whose business key is not one of recflow's
 * @param id the approval's, Question's or deletion's id; null as for {@code type}
 * @param businessKey the process instance's business key as the engine holds it
 * @param status the subject's status as its procedure reports it ({@code LAST_CALL}), or null where not looked up
 */
public record IncidentSubject(String type, Long id, String businessKey, String status) {
}
