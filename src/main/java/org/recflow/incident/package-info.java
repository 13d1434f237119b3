/**
 * Incidents: a job of the engine (a period's close, run by its timer) that failed after all its retries stops its
 * procedure until someone runs it again. {@link org.recflow.incident.IncidentManagement} is the module's API: it lists
 * them for TSB in the procedures' words (which approval, Question or deletion, which step, what went wrong, when) and
 * retries one. It reads and drives the engine only through Camunda's RuntimeService, ManagementService and
 * RepositoryService, never its tables, and asks the procedures' management APIs for the state of the subject.
 */
package org.recflow.incident;
