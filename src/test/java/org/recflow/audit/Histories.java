package org.recflow.audit;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A {@link History} outside Spring, for tests of other modules that read or write a subject's history. */
public final class Histories {

    private Histories() {
    }

    /** The history on {@code jdbc}, stamping steps with {@code clock}'s instant and publishing to {@code events}. */
    public static History on(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        return new History(jdbc, clock, events);
    }
}
