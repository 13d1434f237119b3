package org.recflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recflow.postgres.PostgresDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The store of consultation replies on both databases: every reply is a new version row, the reply row is written with
 * the first version and never rewritten, and what the tally counts is each Member State's highest version, also for a
 * reply row that an earlier release rewrote with every version.
 */
class ConsultationsTest {

    static final Instant T1 = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant T2 = Instant.parse("2027-01-11T09:00:00.123456789Z");
    static final Instant T2_STORED = Instant.parse("2027-01-11T09:00:00.123456Z"); // what the columns keep of T2
    static final Instant T3 = Instant.parse("2027-01-12T08:30:00Z");

    Consultations consultations;
    JdbcClient jdbc;

    void open(String database) {
        open(database, nothing -> {
        });
    }

    /** A database migrated up to V16 (release 0.3.0), given {@code before}, then to the current migrations. */
    void open(String database, Consumer<JdbcClient> before) {
        DataSource ds = switch (database) {
            case "h2" -> new DriverManagerDataSource("jdbc:h2:mem:consultations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
            case "postgres" -> new DriverManagerDataSource(PostgresDatabase.fresh("consultations"), PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD);
            default -> throw new IllegalArgumentException(database);
        };
        String schema = database.equals("h2") ? "RECFLOW" : "recflow";
        jdbc = JdbcClient.create(ds);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(MigrationVersion.fromVersion("16")).load().migrate();
        before.accept(jdbc);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
        consultations = new Consultations(jdbc);
    }

    Reply reply(String state, Position position, String reasons, Instant at) {
        return consultations.reply("APPROVAL", 7, 1, state, position, reasons, null, "ms-" + state.toLowerCase(Locale.ROOT), "MEMBER_STATE", at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aChangedReplyIsItsNextVersionAndKeepsItsFirstSubmission(String database) {
        open(database);

        Reply first = reply("FRA", Position.SUPPORT, null, T1);
        assertThat(first).isEqualTo(new Reply("FRA", Position.SUPPORT, null, null, "ms-fra", T1, T1, 1));

        Reply second = reply("FRA", Position.AGAINST, "tariff impact", T2);
        assertThat(second).isEqualTo(new Reply("FRA", Position.AGAINST, "tariff impact", null, "ms-fra", T1, T2_STORED, 2));

        assertThat(consultations.replies("APPROVAL", 7, 1)).containsExactly(second);
        assertThat(consultations.versions("APPROVAL", 7, 1, "FRA")).extracting(ReplyVersion::version, ReplyVersion::position)
                .containsExactly(tuple(1, Position.SUPPORT), tuple(2, Position.AGAINST));
        // the first-reply row was written once; the view shows the latest version
        assertThat(jdbc.sql("SELECT member_state, first_submitted_at FROM recflow.consultation_reply_first").query(
                (rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant()).list()).containsExactly("FRA " + T1);
        assertThat(jdbc.sql("SELECT position, version FROM recflow.consultation_reply").query(
                (rs, n) -> rs.getString(1) + " " + rs.getInt(2)).list()).containsExactly("AGAINST 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theTallyCountsEachMemberStatesLatestVersionInTheOrderTheyFirstReplied(String database) {
        open(database);
        reply("FRA", Position.SUPPORT, null, T1);
        reply("DEU", Position.AGAINST, "scope", T2);
        reply("FRA", Position.NO_POSITION, "studying", T3);
        reply("BRA", Position.SUPPORT, null, T3);
        // another round and another subject are apart: their versions count from 1, whatever FRA's round 1 is at
        consultations.reply("APPROVAL", 7, 2, "FRA", Position.AGAINST, null, null, "ms-fra", "MEMBER_STATE", T3);
        assertThat(consultations.reply("APPROVAL", 7, 2, "FRA", Position.SUPPORT, null, null, "ms-fra", "MEMBER_STATE", T3).version()).isEqualTo(2);
        assertThat(consultations.reply("QUESTION", 7, 1, "FRA", Position.AGAINST, null, null, "ms-fra", "MEMBER_STATE", T3).version()).isEqualTo(1);
        assertThat(consultations.reply("APPROVAL", 8, 1, "FRA", Position.AGAINST, null, null, "ms-fra", "MEMBER_STATE", T3).version()).isEqualTo(1);

        List<Reply> replies = consultations.replies("APPROVAL", 7, 1);
        assertThat(replies).extracting(Reply::memberState, Reply::position, Reply::version, Reply::firstSubmittedAt)
                .containsExactly(
                        tuple("FRA", Position.NO_POSITION, 2, T1),
                        tuple("DEU", Position.AGAINST, 1, T2_STORED),
                        tuple("BRA", Position.SUPPORT, 1, T3));
        assertThat(consultations.tally("APPROVAL", 7, 1)).isEqualTo(ConsultationTally.of(1, 1, 1));
        assertThat(consultations.replies("APPROVAL", 7, 2)).extracting(Reply::position, Reply::version)
                .containsExactly(tuple(Position.SUPPORT, 2));
        assertThat(consultations.replies("APPROVAL", 9, 1)).isEmpty();
        // what the tally counts is each Member State's last version, word for word
        for (Reply r : replies) {
            ReplyVersion last = consultations.versions("APPROVAL", 7, 1, r.memberState()).get(r.version() - 1);
            assertThat(new Reply(last.memberState(), last.position(), last.reasons(), last.proposedChanges(), last.author(),
                    r.firstSubmittedAt(), last.submittedAt(), last.version())).isEqualTo(r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aMemberStateHasOneFirstReplyRowPerRoundAndOneRowPerVersion(String database) {
        open(database);
        reply("FRA", Position.SUPPORT, null, T1);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO recflow.consultation_reply_first (subject_type, subject_id, round, member_state, first_submitted_at)
                VALUES ('APPROVAL', 7, 1, 'FRA', ?)""").param(Timestamp.from(T3)).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO recflow.consultation_reply_version (subject_type, subject_id, round, member_state, version, position,
                       author, submitted_at) VALUES ('APPROVAL', 7, 1, 'FRA', 1, 'AGAINST', 'ms-fra', ?)""")
                .param(Timestamp.from(T3)).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(consultations.replies("APPROVAL", 7, 1)).extracting(Reply::position).containsExactly(Position.SUPPORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReplyThatAnEarlierReleaseRewroteContinuesFromItsLatestVersion(String database) {
        // as 0.3.0 left a reply changed twice: the row rewritten with version 3, and versions 1 to 3 kept; as migration
        // V8 left a reply changed before it: the row and its one version row, both numbered 2; and a row whose version
        // row is missing (not expected), which the upgrade keeps as a version
        open(database, jdbc -> {
            jdbc.sql("""
                    INSERT INTO recflow.consultation_reply (subject_type, subject_id, round, member_state, position, reasons,
                           proposed_changes, author, first_submitted_at, submitted_at, version) VALUES
                    ('APPROVAL', 7, 1, 'FRA', 'AGAINST', 'third', NULL, 'ms-fra', ?, ?, 3),
                    ('APPROVAL', 7, 1, 'DEU', 'SUPPORT', NULL, NULL, 'ms-deu', ?, ?, 2),
                    ('APPROVAL', 7, 1, 'BRA', 'NO_POSITION', 'lost?', 'none', 'ms-bra', ?, ?, 1),
                    ('APPROVAL', 7, 1, 'IND', 'AGAINST', 'third, lost?', NULL, 'ms-ind', ?, ?, 3)""")
                    .params(Timestamp.from(T1), Timestamp.from(T3), Timestamp.from(T1), Timestamp.from(T2_STORED), Timestamp.from(T3),
                            Timestamp.from(T3), Timestamp.from(T1), Timestamp.from(T3))
                    .update();
            for (Object[] v : List.of(new Object[] {"FRA", 1, "SUPPORT"}, new Object[] {"FRA", 2, "NO_POSITION"},
                    new Object[] {"FRA", 3, "AGAINST"}, new Object[] {"DEU", 2, "SUPPORT"}, new Object[] {"IND", 1, "SUPPORT"},
                    new Object[] {"IND", 2, "SUPPORT"})) {
                jdbc.sql("""
                        INSERT INTO recflow.consultation_reply_version (subject_type, subject_id, round, member_state, version,
                               position, reasons, author, submitted_at) VALUES ('APPROVAL', 7, 1, ?, ?, ?, ?, ?, ?)""")
                        .params(v[0], v[1], v[2], v[1].equals(3) ? "third" : null, "ms-" + ((String) v[0]).toLowerCase(Locale.ROOT),
                                Timestamp.from(v[1].equals(3) ? T3 : v[0].equals("DEU") ? T2_STORED : T1))
                        .update();
            }
        });
        assertThat(consultations.replies("APPROVAL", 7, 1)).containsExactly(
                new Reply("DEU", Position.SUPPORT, null, null, "ms-deu", T1, T2_STORED, 2), // first replied with FRA: by code
                new Reply("FRA", Position.AGAINST, "third", null, "ms-fra", T1, T3, 3),
                new Reply("IND", Position.AGAINST, "third, lost?", null, "ms-ind", T1, T3, 3),
                new Reply("BRA", Position.NO_POSITION, "lost?", "none", "ms-bra", T3, T3, 1));
        assertThat(consultations.versions("APPROVAL", 7, 1, "IND")).extracting(ReplyVersion::version, ReplyVersion::position)
                .containsExactly(tuple(1, Position.SUPPORT), tuple(2, Position.SUPPORT), tuple(3, Position.AGAINST));

        Instant t4 = Instant.parse("2027-01-13T00:00:00Z");
        assertThat(reply("FRA", Position.SUPPORT, null, t4)).isEqualTo(new Reply("FRA", Position.SUPPORT, null, null, "ms-fra", T1, t4, 4));
        assertThat(reply("DEU", Position.AGAINST, null, t4).version()).isEqualTo(3);
        assertThat(consultations.tally("APPROVAL", 7, 1)).isEqualTo(ConsultationTally.of(1, 2, 1));
        assertThat(consultations.versions("APPROVAL", 7, 1, "FRA")).extracting(ReplyVersion::version).containsExactly(1, 2, 3, 4);
    }

    /** The H2 fixture release 0.3.0 left (UpgradeTest's): its stored replies go on from their versions after V17. */
    @Test
    void theRepliesOfARelease030DatabaseGoOnAfterTheUpgrade(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/upgrade/0.3.0/recflow.mv.db"), dir.resolve("recflow.mv.db"));
        DataSource ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath(), "sa", "");
        jdbc = JdbcClient.create(ds);
        long d52 = jdbc.sql("SELECT id FROM recflow.approval WHERE recommendation = 'D.52'").query(Long.class).single();
        Instant first = jdbc.sql("SELECT first_submitted_at FROM recflow.consultation_reply WHERE subject_id = ? AND member_state = 'DEU'")
                .param(d52).query(Timestamp.class).single().toInstant();
        Flyway.configure().dataSource(ds).schemas("RECFLOW").defaultSchema("RECFLOW").locations("classpath:db/migration").load()
                .migrate();
        consultations = new Consultations(jdbc);

        assertThat(consultations.replies("APPROVAL", d52, 1)).extracting(Reply::memberState, Reply::position, Reply::version)
                .containsExactly(tuple("DEU", Position.SUPPORT, 1));
        Instant later = Instant.parse("2027-06-02T09:00:00Z");
        assertThat(consultations.reply("APPROVAL", d52, 1, "DEU", Position.AGAINST, "changed after the upgrade", null, "ms-deu", "MEMBER_STATE", later))
                .isEqualTo(new Reply("DEU", Position.AGAINST, "changed after the upgrade", null, "ms-deu", first, later, 2));
        assertThat(consultations.replies("APPROVAL", d52, 1)).extracting(Reply::position, Reply::version)
                .containsExactly(tuple(Position.AGAINST, 2));
        assertThat(consultations.versions("APPROVAL", d52, 1, "DEU")).extracting(ReplyVersion::position)
                .containsExactly(Position.SUPPORT, Position.AGAINST);
    }
}
