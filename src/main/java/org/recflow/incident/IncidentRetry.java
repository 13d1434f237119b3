package org.recflow.incident;

/**
 * The answer to a retry.
 *
 * @param incidentId the incident retried
 * @param resolved true when the job ran to its end: the incident is gone
 * @param subject the subject with its status after the run
 * @param newIncident when the job failed again: the incident that records the new failure; otherwise null
 */
public record IncidentRetry(String incidentId, boolean resolved, IncidentSubject subject, Incident newIncident) {
}
