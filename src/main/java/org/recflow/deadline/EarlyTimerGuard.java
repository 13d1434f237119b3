package org.recflow.deadline;

import org.recflow.kernel.Subject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.recflow.audit.History;
import org.recflow.membership.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Second line of defence for "a period closes at 24:00:00 UTC" (issue 13 item 1; the first is the JVM pinned to UTC,
 * {@code org.recflow.UtcTimeZone}): a closing timer that runs before its instant never closes its period. Every
 * period of recflow (AAP Last Call, Additional Review and more-time window, TAP consultation and more-time window,
 * Question consultation, deletion objection window) ends at an intermediate timer event whose {@code timeDate} is the
 * period's {@code closesAt} + 1 s ({@code ProcedureCalendar.timerFor}, an ISO-8601 instant in UTC). Before the engine
 * takes such a timer's event, this handler evaluates that date again for the waiting execution: if the engine's clock
 * is still before it (a due date shifted by a JVM in another zone, or set by hand), the period is not closed, a new
 * timer is set for the right instant, and the subject's history records {@value #ACTION}.
 * <p>
 * It replaces Camunda's handler of the type {@value TimerCatchIntermediateEventJobHandler#TYPE} (a custom job handler,
 * registered by {@link Registration}): one place for every close, whatever model and model version the instance runs
 * on, so instances started on earlier versions of the models are guarded too.
 * Timers given as a duration or a cycle, and timers whose date cannot be read again, are left to Camunda's own
 * handling.
 */
public class EarlyTimerGuard extends TimerCatchIntermediateEventJobHandler {

    /** The history action of a timer that ran early and was set again. */
    public static final String ACTION = "CLOSING_TIMER_EARLY";

    private static final Logger log = LoggerFactory.getLogger(EarlyTimerGuard.class);

    private final History history;

    EarlyTimerGuard(History history) {
        this.history = history;
    }

    /** Puts the guard in the engine's custom job handlers, in place of Camunda's handler of the same type. */
    @Component
    static class Registration extends AbstractProcessEnginePlugin {

        private final EarlyTimerGuard guard;

        Registration(History history) {
            this.guard = new EarlyTimerGuard(history);
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            if (configuration.getCustomJobHandlers() == null) {
                configuration.setCustomJobHandlers(new ArrayList<>());
            }
            configuration.getCustomJobHandlers().add(guard);
        }
    }

    /**
     * Takes the timer's event (closes the period) when the engine's clock has reached the timer's date; otherwise sets
     * the timer again for that date and records it in the history of the process's subject (business key
     * {@code TYPE-id}, e.g. {@code APPROVAL-42}).
     */
    @Override
    public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        String activityId = configuration.getTimerElementKey();
        TimerDeclarationImpl declaration = atDate(execution, activityId) ? declaration(execution, activityId) : null;
        if (declaration != null) {
            TimerEntity probe = new TimerEntity();
            probe.setCreateTime(ClockUtil.getCurrentTime());
            declaration.resolveAndSetDuedate(execution, probe, false);
            Date due = probe.getDuedate();
            Instant now = ClockUtil.getCurrentTime().toInstant();
            if (due != null && now.isBefore(due.toInstant())) {
                declaration.createTimerInstance(execution);
                record(execution, activityId, now, due.toInstant());
                return;
            }
        }
        super.execute(configuration, execution, commandContext, tenantId);
    }

    /**
     * Whether {@code activityId} is a timer event with a {@code timeDate} (a fixed instant). A duration or a cycle,
     * evaluated again, would give a later instant each time: those are left to Camunda.
     */
    static boolean atDate(ExecutionEntity execution, String activityId) {
        return execution.getBpmnModelInstance().getModelElementById(activityId) instanceof CatchEvent event
                && event.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition t && t.getTimeDate() != null);
    }

    /** The timer declaration of {@code activityId}, on its event scope (the event itself, or the event-based gateway). */
    static TimerDeclarationImpl declaration(ExecutionEntity execution, String activityId) {
        ActivityImpl activity = execution.getProcessDefinition().findActivity(activityId);
        if (activity == null || activity.getEventScope() == null) {
            return null;
        }
        return TimerDeclarationImpl.getDeclarationsForScope(activity.getEventScope()).get(activityId);
    }

    private void record(ExecutionEntity execution, String activityId, Instant ranAt, Instant due) {
        String key = execution.getProcessBusinessKey();
        String detail = "the timer '" + activityId + "' ran at " + ranAt + ", before its instant " + due
                + ": the period is not closed, the timer is set again for " + due;
        log.warn("{}: {}", key, detail);
        if (key != null && key.lastIndexOf('-') > 0) {
            history.record(key.substring(0, key.lastIndexOf('-')), Subject.idOf(key), Actor.system(), ACTION, detail);
        }
    }
}
