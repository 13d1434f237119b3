package org.recflow.consultation;

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
 * Migration V8 on a database made by the previous release (V1-V7) holding replies: each stored reply becomes the first
 * version kept of its reply, with its own number, and the reply table is left as it was. On H2 and on PostgreSQL.
 */
class ReplyVersionsMigrationTest {

    @Test
    void storedRepliesBecomeTheirFirstKeptVersionOnH2() throws Exception {
        migrate("jdbc:h2:mem:reply-versions-migration;DB_CLOSE_DELAY=-1", "sa", "", "RECFLOW");
    }

    @Test
    void storedRepliesBecomeTheirFirstKeptVersionOnPostgres() throws Exception {
        migrate(PostgresDatabase.fresh("replyversions"), PostgresDatabase.USER, PostgresDatabase.PASSWORD, "recflow");
    }

    void migrate(String url, String user, String password, String schema) throws Exception {
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("7")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO recflow.consultation_reply (subject_type, subject_id, round, member_state, position, reasons,
                           proposed_changes, author, first_submitted_at, submitted_at, version) VALUES
                    ('APPROVAL', 7, 1, 'FRA', 'AGAINST', 'tariff impact', 'delete clause 4', 'ms-fra',
                     TIMESTAMP WITH TIME ZONE '2027-01-10 10:00:00+00', TIMESTAMP WITH TIME ZONE '2027-01-10 10:00:00+00', 1),
                    ('APPROVAL', 7, 1, 'DEU', 'SUPPORT', NULL, NULL, 'ms-deu',
                     TIMESTAMP WITH TIME ZONE '2027-01-11 09:00:00+00', TIMESTAMP WITH TIME ZONE '2027-01-12 08:30:00+00', 2),
                    ('QUESTION', 7, 1, 'FRA', 'NO_POSITION', 'studying', NULL, 'ms-fra',
                     TIMESTAMP WITH TIME ZONE '2027-01-13 00:00:00+00', TIMESTAMP WITH TIME ZONE '2027-01-13 00:00:00+00', 1)""");
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT subject_type, subject_id, round, member_state, version, position, reasons, proposed_changes, author,
                               submitted_at FROM recflow.consultation_reply_version ORDER BY subject_type, member_state, version""")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getLong(2) + " r" + rs.getInt(3) + " " + rs.getString(4) + " v" + rs.getInt(5) + " "
                        + rs.getString(6) + " " + rs.getString(7) + " " + rs.getString(8) + " " + rs.getString(9) + " "
                        + rs.getTimestamp(10).toInstant());
            }
            assertThat(rows).containsExactly(
                    "APPROVAL 7 r1 DEU v2 SUPPORT null null ms-deu 2027-01-12T08:30:00Z",
                    "APPROVAL 7 r1 FRA v1 AGAINST tariff impact delete clause 4 ms-fra 2027-01-10T10:00:00Z",
                    "QUESTION 7 r1 FRA v1 NO_POSITION studying null ms-fra 2027-01-13T00:00:00Z");
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(version) FROM recflow.consultation_reply")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
            assertThat(rs.getInt(2)).isEqualTo(4);
        }
    }
}
