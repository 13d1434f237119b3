package org.recflow.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock endpoint shares its due jobs with any job executor on the same database (found by the PostgreSQL
 * timer-storm benchmark: the endpoint answered 409 after 941 of 10,000 closes, and left the rest undone).
 */
class DueJobsTest {

    static final Instant AT = Instant.parse("2027-03-24T00:00:00Z");

    ManagementService management;
    JobQuery query;

    @BeforeEach
    void engine() {
        management = mock(ManagementService.class);
        query = mock(JobQuery.class, RETURNS_SELF);
        when(management.createJobQuery()).thenReturn(query);
    }

    static Job job(String id) {
        Job j = mock(Job.class);
        when(j.getId()).thenReturn(id);
        when(j.getDuedate()).thenReturn(Date.from(AT));
        return j;
    }

    @Test
    void aJobAnotherExecutorTookIsLeftToItAndTheRestStillRun() {
        Job taken = job("taken");
        Job free = job("free");
        // the taken job stays in the table while the other executor works on it
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(taken, free), List.of(taken), List.of());
        doThrow(new OptimisticLockingException("updated by another transaction")).when(management).executeJob("taken");

        assertThat(new DueJobs(management, 1000).runUntil(AT)).isEqualTo(1);
        verify(management, times(1)).executeJob("taken");
        verify(management, times(1)).executeJob("free");
    }

    @Test
    void aJobDoneAndDeletedByAnotherExecutorIsSkipped() {
        Job gone = job("gone");
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(gone), List.of());
        doThrow(new ProcessEngineException("No job found with id 'gone'")).when(management).executeJob("gone");
        when(query.count()).thenReturn(0L);

        assertThat(new DueJobs(management, 1000).runUntil(AT)).isZero();
    }

    @Test
    void aJobWhoseEffectsAnotherExecutorAlreadyRecordedIsSkipped() {
        // the other run closed the consultation and committed: ours finds it closed, and the job gone
        Job closed = job("closed");
        Job next = job("next");
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(closed, next), List.of());
        doThrow(new IllegalStateException("Closing the consultation is not open: the approval is AWAITING_MEETING"))
                .when(management).executeJob("closed");
        when(query.count()).thenReturn(0L);

        assertThat(new DueJobs(management, 1000).runUntil(AT)).isEqualTo(1);
        verify(management).executeJob("next");
    }

    @Test
    void aJobThatFailsByItselfIsNotHidden() {
        Job broken = job("broken");
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(broken));
        doThrow(new ProcessEngineException("delegate failed")).when(management).executeJob("broken");
        when(query.count()).thenReturn(1L);

        assertThatThrownBy(() -> new DueJobs(management, 1000).runUntil(AT)).hasMessageContaining("delegate failed");
    }

    @Test
    void everyDueJobRunsOnceWhenNobodyElseIsThere() {
        Job a = job("a");
        Job b = job("b");
        Job c = job("c");
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(a, b), List.of(c), List.of());

        assertThat(new DueJobs(management, 1000).runUntil(AT)).isEqualTo(3);
        verify(management).executeJob("a");
        verify(management).executeJob("b");
        verify(management).executeJob("c");
    }
}
