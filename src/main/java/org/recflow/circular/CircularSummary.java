package org.recflow.circular;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the circulars list: {@code texts} counts the texts it covers. */
public record CircularSummary(long id, CircularKind kind, String studyGroup, CircularStatus status, String number,
        LocalDate issuedOn, int texts, Instant createdAt) {
}
