package org.recflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.recflow.support.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page queries of {@link DeadlineBook#page} as H2 plans them: each a seek in the index deadline_open
 * (closed_at, due_at, id) of V7 bounded by the cursor, read in the index's order (no sort), never an OFFSET; one study
 * group's in deadline_open_by_group of V11. H2 only: PostgreSQL's plans depend on its statistics.
 */
@SpringTest
@DisabledIfSystemProperty(named = "recflow.test.database", matches = "(?i)postgres", disabledReason = "reads H2's plans")
class DeadlinePageQueryTest {

    @Autowired JdbcClient jdbc;

    String plan(String sql, Object... params) {
        return jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).single().toUpperCase().replaceAll("\\s+", " ");
    }

    @Test
    void aStudyGroupsPagesSeekInItsOwnIndex() {
        java.sql.Timestamp t = java.sql.Timestamp.from(java.time.Instant.parse("2027-01-01T00:00:00Z"));
        String ties = plan(DeadlineBook.pageSql(true, true, 500), t, 7L, "SG20");
        assertThat(seek(ties, "DEADLINE_OPEN_BY_GROUP")).contains("STUDY_GROUP = ?3", "CLOSED_AT IS NULL", "DUE_AT = ?1", "ID > ?2");
        String later = plan(DeadlineBook.pageSql(false, true, 500), t, t, "SG20");
        assertThat(seek(later, "DEADLINE_OPEN_BY_GROUP")).contains("STUDY_GROUP = ?3", "CLOSED_AT IS NULL", "DUE_AT > ?1", "DUE_AT <= ?2");
        String first = plan(DeadlineBook.firstPageSql(true, 500), t, "SG20");
        assertThat(seek(first, "DEADLINE_OPEN_BY_GROUP")).contains("STUDY_GROUP = ?2", "CLOSED_AT IS NULL", "DUE_AT <= ?1");
        for (String p : new String[] {ties, later, first}) {
            assertThat(p).contains("/* INDEX SORTED */").doesNotContain("OFFSET");
        }
    }

    static String seek(String plan) {
        return seek(plan, "DEADLINE_OPEN");
    }

    /** The conditions H2 seeks with in deadline_open, from the plan's index comment; fails when it scans or takes another index. */
    static String seek(String plan, String index) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/\\* RECFLOW\\." + index + ": ([^*]*) \\*/").matcher(plan);
        assertThat(m.find()).as(plan).isTrue();
        return m.group(1);
    }

    @Test
    void everyPageIsAnIndexSeekInDueOrder() {
        java.sql.Timestamp t = java.sql.Timestamp.from(java.time.Instant.parse("2027-01-01T00:00:00Z"));
        String ties = plan(DeadlineBook.pageSql(true, false, 500), t, 7L);
        assertThat(seek(ties)).contains("CLOSED_AT IS NULL", "DUE_AT = ?1", "ID > ?2");
        String later = plan(DeadlineBook.pageSql(false, false, 500), t, t);
        assertThat(seek(later)).contains("CLOSED_AT IS NULL", "DUE_AT > ?1", "DUE_AT <= ?2");
        String first = plan(DeadlineBook.firstPageSql(false, 500), t);
        assertThat(seek(first)).contains("CLOSED_AT IS NULL", "DUE_AT <= ?1");
        for (String p : new String[] {ties, later, first}) {
            assertThat(p).contains("/* INDEX SORTED */").doesNotContain("OFFSET");
        }
    }
}
