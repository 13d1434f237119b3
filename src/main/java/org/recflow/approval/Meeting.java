package org.recflow.approval;

import java.time.LocalDate;

/** An SG meeting's first and last day. */
public record Meeting(LocalDate start, LocalDate end) {
}
