package org.recflow.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.recflow.membership.Actor;
import org.recflow.kernel.RecflowException;
import org.recflow.kernel.SubjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incidents of the engine for TSB: list them and retry one. A retry gives the failed job one more attempt
 * (ManagementService.setJobRetries, which resolves the incident) and runs it at once in the caller's thread, as the
 * job executor would: its effects commit on success; on failure the engine takes the attempt back and opens a new
 * incident, which the answer shows.
 */
@Service
public class IncidentManagement {

    /** Camunda's type of the incident of a job out of retries. */
    public static final String FAILED_JOB = "failedJob";

    /** At most this many incidents are listed, the most recent first: beyond it nobody reads them one by one. */
    public static final int MAX_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(IncidentManagement.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final List<SubjectStatus> statuses;
    private final TransactionTemplate outsideTransactions;

    IncidentManagement(RuntimeService runtime, ManagementService management, RepositoryService repository,
            List<SubjectStatus> statuses,
            PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.statuses = statuses;
        this.outsideTransactions = new TransactionTemplate(transactions);
        // the job runs and fails in transactions of its own, as under the job executor, even when the request holds
        // one (an Idempotency-Key): the failure must not roll back the engine's record of it
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * The open incidents, the most recent first, at most {@link #MAX_LISTED}; each failure once (its root cause).
     *
     * @throws RecflowException NOT_ELIGIBLE unless the caller is TSB
     */
    public List<Incident> list(Actor actor) {
        requireTsb(actor);
        // a failure inside a called process also raises an incident on each caller; the root cause is the one to retry
        return describe(runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, MAX_LISTED).stream()
                .filter(i -> i.getRootCauseIncidentId() == null || i.getId().equals(i.getRootCauseIncidentId())).toList());
    }

    /**
     * Runs the failed job of incident {@code id} again.
     *
     * @return whether it ran through, the subject with its status afterwards, and the new incident if it failed again
     * @throws RecflowException NOT_ELIGIBLE unless the caller is TSB; NOT_FOUND for an unknown (or already resolved)
     *         incident; WRONG_STEP for an incident that is not a failed job's
     */
    public IncidentRetry retry(Actor actor, String id) {
        requireTsb(actor);
        org.camunda.bpm.engine.runtime.Incident incident = id == null ? null
                : runtime.createIncidentQuery().incidentId(id).singleResult();
        if (incident == null) {
            throw RecflowException.notFound("incident " + id);
        }
        if (!FAILED_JOB.equals(incident.getIncidentType())) {
            throw RecflowException.wrongStep("incident " + id + " is of type " + incident.getIncidentType()
                    + ", not a failed job: resolve it in Camunda Cockpit");
        }
        String jobId = incident.getConfiguration();
        IncidentSubject before = subject(businessKeys(Set.of(incident.getProcessInstanceId())).get(incident.getProcessInstanceId()));
        outsideTransactions.executeWithoutResult(tx -> run(jobId));
        List<org.camunda.bpm.engine.runtime.Incident> again = runtime.createIncidentQuery().incidentType(FAILED_JOB)
                .configuration(jobId).list();
        IncidentSubject after = withStatus(before);
        if (again.isEmpty()) {
            return new IncidentRetry(id, true, after, null);
        }
        return new IncidentRetry(id, false, after, describe(again).get(0));
    }

    private void run(String jobId) {
        management.setJobRetries(jobId, 1);
        try {
            management.executeJob(jobId);
        } catch (OptimisticLockingException e) {
            // a job executor took the job between the two calls; its run decides, as any other run would
            log.info("incident retry: job {} was run by a job executor at the same time", jobId);
        } catch (RuntimeException e) {
            // failed again: the engine has taken the attempt back and opened a new incident, which the answer shows
            log.warn("incident retry: job {} failed again: {}", jobId, e.getMessage());
        }
    }

    private List<Incident> describe(List<org.camunda.bpm.engine.runtime.Incident> incidents) {
        Map<String, String> keys = businessKeys(incidents.stream().map(i -> i.getProcessInstanceId())
                .filter(p -> p != null).collect(Collectors.toSet()));
        Map<String, BpmnModelInstance> models = new HashMap<>();
        List<Incident> out = new ArrayList<>(incidents.size());
        for (org.camunda.bpm.engine.runtime.Incident i : incidents) {
            BpmnModelInstance model = i.getProcessDefinitionId() == null ? null
                    : models.computeIfAbsent(i.getProcessDefinitionId(), repository::getBpmnModelInstance);
            out.add(new Incident(i.getId(), i.getIncidentType(), subject(keys.get(i.getProcessInstanceId())),
                    i.getActivityId(), name(model, i.getActivityId()), i.getFailedActivityId(), name(model, i.getFailedActivityId()),
                    shorten(i.getIncidentMessage()), i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant()));
        }
        return out;
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list()) {
                keys.put(p.getId(), p.getBusinessKey());
            }
        }
        return keys;
    }

    /** The step's name in the model, or its id when it has none. */
    private static String name(BpmnModelInstance model, String activityId) {
        if (model == null || activityId == null) {
            return activityId;
        }
        FlowElement e = model.getModelElementById(activityId);
        return e == null || e.getName() == null || e.getName().isBlank() ? activityId : e.getName();
    }

    static String shorten(String message) {
        if (message == null || message.length() <= Incident.MESSAGE_LENGTH) {
            return message;
        }
        return message.substring(0, Incident.MESSAGE_LENGTH - 1) + "…";
    }

    /** Reads "APPROVAL-42" as approval 42; any other business key is kept as it is, without a subject. */
    static IncidentSubject subject(String businessKey) {
        if (businessKey != null) {
            int dash = businessKey.lastIndexOf('-');
            if (dash > 0 && dash < businessKey.length() - 1) {
                String type = businessKey.substring(0, dash);
                if (type.equals("APPROVAL") || type.equals("QUESTION") || type.equals("DELETION")) {
                    try {
                        return new IncidentSubject(type, Long.parseLong(businessKey.substring(dash + 1)), businessKey, null);
                    } catch (NumberFormatException e) {
                        // not one of ours
                    }
                }
            }
        }
        return new IncidentSubject(null, null, businessKey, null);
    }

    private IncidentSubject withStatus(IncidentSubject s) {
        if (s.type() == null) {
            return s;
        }
        try {
            String status = statuses.stream().filter(t -> t.subjectType().equals(s.type())).findFirst()
                    .map(t -> t.statusOf(s.id())).orElse(null);
            return new IncidentSubject(s.type(), s.id(), s.businessKey(), status);
        } catch (RecflowException e) {
            return s; // the subject is gone (not found): the answer says what the engine knows
        }
    }

    private static void requireTsb(Actor actor) {
        if (actor == null || !actor.isTsb()) {
            throw RecflowException.notEligible("incidents are for TSB");
        }
    }
}
