package org.recflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.recflow.postgres.PostgresDatabase;

/**
 * Migration V10 on a database made by the previous release (V1-V9) holding approvals: every distinct (study group,
 * meeting start, meeting end) becomes one SCHEDULED meeting, each approval with a meeting points at its own, and an
 * approval without a meeting points at none. On H2 and on PostgreSQL.
 */
class MeetingsMigrationTest {

    @Test
    void storedMeetingDatesBecomeMeetingsOnH2() throws Exception {
        migrate("jdbc:h2:mem:meetings-migration;DB_CLOSE_DELAY=-1", "sa", "", "RECFLOW");
    }

    @Test
    void storedMeetingDatesBecomeMeetingsOnPostgres() throws Exception {
        migrate(PostgresDatabase.fresh("meetings"), PostgresDatabase.USER, PostgresDatabase.PASSWORD, "recflow");
    }

    private static String approval(String procedure, String rec, String sg, String start, String end) {
        return "('" + procedure + "', '" + rec + "', 'NEW', 'title', '" + sg + "', 'summary', 'ref', DATE '2026-10-01', 'CONSULTATION', "
                + (start == null ? "NULL" : "DATE '" + start + "'") + ", " + (end == null ? "NULL" : "DATE '" + end + "'")
                + ", TIMESTAMP WITH TIME ZONE '2026-10-02 10:00:00+00', 'tsb')";
    }

    void migrate(String url, String user, String password, String schema) throws Exception {
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("9")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO recflow.approval (procedure, recommendation, revision, title, study_group, summary, text_reference,"
                    + " agreed_on, status, meeting_start, meeting_end, created_at, created_by) VALUES "
                    + String.join(", ",
                            approval("TAP", "D.1", "SG3", "2027-04-06", "2027-04-15"),
                            approval("TAP", "D.2", "SG3", "2027-04-06", "2027-04-15"),
                            approval("AAP", "E.1", "SG2", "2027-04-06", "2027-04-15"),
                            approval("AAP", "E.2", "SG3", "2027-04-06", "2027-04-16"),
                            approval("AAP", "E.3", "SG3", null, null)));
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT a.recommendation, m.study_group, m.start_date, m.end_date, m.status, m.version, m.place
                          FROM recflow.approval a LEFT JOIN recflow.meeting m ON m.id = a.meeting_id
                         ORDER BY a.recommendation""")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDate(3) + " " + rs.getDate(4) + " " + rs.getString(5)
                        + " v" + rs.getInt(6) + " " + rs.getString(7));
            }
            assertThat(rows).containsExactly(
                    "D.1 SG3 2027-04-06 2027-04-15 SCHEDULED v0 null",
                    "D.2 SG3 2027-04-06 2027-04-15 SCHEDULED v0 null",
                    "E.1 SG2 2027-04-06 2027-04-15 SCHEDULED v0 null",
                    "E.2 SG3 2027-04-06 2027-04-16 SCHEDULED v0 null",
                    "E.3 null null null null v0 null");
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT COUNT(*), COUNT(DISTINCT a.meeting_id) FROM recflow.meeting m
                          LEFT JOIN recflow.approval a ON a.meeting_id = m.id""")) {
            rs.next();
            // three meetings, each with at least one text: D.1 and D.2 share one
            assertThat(rs.getInt(2)).isEqualTo(3);
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM recflow.meeting")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }
}
