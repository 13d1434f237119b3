package org.recflow.incident;

import java.time.Instant;

/**
 * One open incident of the engine.
 *
 * @param id the incident's id (Camunda's), the {@code {id}} of {@code POST /api/incidents/{id}/retry}
 * @param type Camunda's incident type; {@code failedJob} for a job (timer, asynchronous step) that ran out of retries
 * @param subject the approval, Question or deletion whose process stopped
 * @param activityId the BPMN id of the step the job belongs to ({@code lastCallClosed})
 * @param activity that step's name in the model ("Last Call closed")
 * @param failedActivityId the BPMN id of the step that threw, which may lie after the job's own ({@code closeLastCall})
 * @param failedActivity that step's name ("Count Last Call comments")
 * @param message the failure's message as the engine recorded it (no stack trace), at most {@link #MESSAGE_LENGTH} characters
 * @param failedAt when the last attempt failed (UTC)
 */
public record Incident(String id, String type, IncidentSubject subject, String activityId, String activity,
        String failedActivityId, String failedActivity, String message, Instant failedAt) {

    /** The longest message kept; an SQL error can quote a whole statement. */
    public static final int MESSAGE_LENGTH = 500;
}
