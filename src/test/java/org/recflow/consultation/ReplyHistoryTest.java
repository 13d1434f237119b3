package org.recflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recflow.audit.Histories;
import org.recflow.audit.History;
import org.recflow.audit.HistoryEntry;
import org.recflow.audit.HistoryRecorded;
import org.recflow.kernel.RequestId;
import org.recflow.membership.Actor;
import org.recflow.membership.Role;
import org.recflow.postgres.PostgresDatabase;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A consultation reply's history entry is its version row (migration V18, release 0.5.0), on both databases: the
 * subject's history shows each reply once, with the sentence, author, role and request id it had as an entry of its
 * own, in the order steps and replies were recorded (also when they share an instant), after every entry recorded
 * before the upgrade.
 */
class ReplyHistoryTest {

    static final Instant T1 = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant T2 = Instant.parse("2027-01-11T09:00:00Z");
    static final Actor CHAIR = new Actor("chair-sg3", Role.CHAIR, null, "SG3");
    static final Actor TSB = new Actor("tsb", Role.TSB, null, null);

    DataSource ds;
    String schema;
    JdbcClient jdbc;
    Consultations consultations;
    History history;
    final List<HistoryRecorded> published = new ArrayList<>();

    @AfterEach
    void noRequest() {
        MDC.remove(RequestId.MDC_KEY);
    }

    /** A database migrated to {@code upTo} (null: every migration), with the history's clock at T1. */
    void open(String database, String upTo) {
        ds = switch (database) {
            case "h2" -> new DriverManagerDataSource("jdbc:h2:mem:reply-history-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
            case "postgres" -> new DriverManagerDataSource(PostgresDatabase.fresh("replyhistory"), PostgresDatabase.USER,
                    PostgresDatabase.PASSWORD);
            default -> throw new IllegalArgumentException(database);
        };
        schema = database.equals("h2") ? "RECFLOW" : "recflow";
        jdbc = JdbcClient.create(ds);
        migrate(ds, schema, upTo);
        consultations = new Consultations(jdbc);
        history = Histories.on(jdbc, Clock.fixed(T1, ZoneOffset.UTC), e -> published.add((HistoryRecorded) e));
    }

    static void migrate(DataSource ds, String schema, String upTo) {
        var config = Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration");
        if (upTo != null) {
            config.target(MigrationVersion.fromVersion(upTo));
        }
        config.load().migrate();
    }

    /** A reply as ApprovalManagement makes it: the version row, then the event its history listener publishes. */
    Reply reply(long subject, String state, Position position, Instant at) {
        Reply r = consultations.reply("APPROVAL", subject, 1, state, position, null, null, "ms-" + state.toLowerCase(Locale.ROOT),
                "MEMBER_STATE", at);
        history.replyRecorded("APPROVAL", subject, new Actor(r.author(), Role.MEMBER_STATE, state, null),
                History.replySentence(state, r.version(), position.name()));
        return r;
    }

    static List<Object> line(HistoryEntry e) {
        return List.of(e.at(), e.actor(), e.role(), e.action(), String.valueOf(e.detail()), String.valueOf(e.requestId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void stepsAndRepliesReadInTheOrderTheyWereRecordedEachReplyOnce(String database) {
        open(database, null);
        history.record("APPROVAL", 7, CHAIR, "REQUESTED", "approval of Y.1 requested");
        MDC.put(RequestId.MDC_KEY, "req-deu-1");
        reply(7, "DEU", Position.SUPPORT, T1); // the same instant as the steps around it: the order is the sequence's
        MDC.remove(RequestId.MDC_KEY);
        history.record("APPROVAL", 7, TSB, "TEXTS_DISTRIBUTED", "texts distributed");
        history.record("APPROVAL", 8, CHAIR, "REQUESTED", "another subject");
        MDC.put(RequestId.MDC_KEY, "req-deu-2");
        reply(7, "DEU", Position.AGAINST, T2);
        MDC.remove(RequestId.MDC_KEY);
        reply(8, "FRA", Position.NO_POSITION, T2);
        reply(7, "FRA", Position.SUPPORT, T2);

        assertThat(history.of("APPROVAL", 7)).extracting(ReplyHistoryTest::line).containsExactly(
                List.of(T1, "chair-sg3", "CHAIR", "REQUESTED", "approval of Y.1 requested", "null"),
                List.of(T1, "ms-deu", "MEMBER_STATE", "REPLY_SUBMITTED", "DEU replied SUPPORT", "req-deu-1"),
                List.of(T1, "tsb", "TSB", "TEXTS_DISTRIBUTED", "texts distributed", "null"),
                List.of(T2, "ms-deu", "MEMBER_STATE", "REPLY_SUBMITTED", "DEU changed its reply to AGAINST", "req-deu-2"),
                List.of(T2, "ms-fra", "MEMBER_STATE", "REPLY_SUBMITTED", "FRA replied SUPPORT", "null"));
        assertThat(history.of("APPROVAL", 8)).extracting(HistoryEntry::action, HistoryEntry::detail).containsExactly(
                tuple("REQUESTED", "another subject"), tuple("REPLY_SUBMITTED", "FRA replied NO_POSITION"));

        // one row written per reply: its version; the steps' table holds no reply
        assertThat(jdbc.sql("SELECT count(*) FROM recflow.consultation_reply_version").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM recflow.history_step WHERE action = 'REPLY_SUBMITTED'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM recflow.history_entry").query(Long.class).single()).isEqualTo(7);
        // the event of each entry, steps and replies alike, with the sentence the view shows
        assertThat(published).extracting(HistoryRecorded::action, HistoryRecorded::detail).containsExactly(
                tuple("REQUESTED", "approval of Y.1 requested"), tuple("REPLY_SUBMITTED", "DEU replied SUPPORT"),
                tuple("TEXTS_DISTRIBUTED", "texts distributed"), tuple("REQUESTED", "another subject"),
                tuple("REPLY_SUBMITTED", "DEU changed its reply to AGAINST"), tuple("REPLY_SUBMITTED", "FRA replied NO_POSITION"),
                tuple("REPLY_SUBMITTED", "FRA replied SUPPORT"));
    }

    /** The view writes the sentence in SQL, the listeners' event in Java: the same words for every position and version. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theViewsSentenceIsTheOneTheEventCarries(String database) {
        open(database, null);
        List<String> expected = new ArrayList<>();
        long subject = 1;
        for (int round = 0; round < 2; round++) { // version 1, then changes: every position both ways
            for (Position p : Position.values()) {
                Reply r = reply(subject, "IND", p, T1);
                expected.add(History.replySentence("IND", r.version(), p.name()));
            }
        }
        assertThat(history.of("APPROVAL", subject)).extracting(HistoryEntry::detail).containsExactlyElementsOf(expected);
        assertThat(published).extracting(HistoryRecorded::detail).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(2 * Position.values().length).first().asString().startsWith("IND replied ");
        assertThat(expected.subList(1, expected.size())).allMatch(d -> d.startsWith("IND changed its reply to "));
    }

    /**
     * A database of release 0.4.0 (V17): its entries, a reply's among them, come first and once; the versions it
     * stored draw no place in the history; what is recorded after the upgrade follows, also for a reply that changes
     * a version stored before it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theEntriesOfAnEarlierReleaseComeFirstAndOnce(String database) {
        open(database, "17");
        // what 0.4.0 wrote for a request and DEU's first reply: the version row and its entry
        jdbc.sql("""
                INSERT INTO recflow.history_entry (subject_type, subject_id, at, actor, role, action, detail, request_id)
                VALUES ('APPROVAL', 7, ?, 'chair-sg3', 'CHAIR', 'REQUESTED', 'requested before', NULL),
                       ('APPROVAL', 7, ?, 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', 'old-req')""")
                .params(Timestamp.from(T1), Timestamp.from(T1)).update();
        jdbc.sql("INSERT INTO recflow.consultation_reply_first (subject_type, subject_id, round, member_state, first_submitted_at) "
                + "VALUES ('APPROVAL', 7, 1, 'DEU', ?)").param(Timestamp.from(T1)).update();
        jdbc.sql("""
                INSERT INTO recflow.consultation_reply_version (subject_type, subject_id, round, member_state, version, position,
                       author, submitted_at) VALUES ('APPROVAL', 7, 1, 'DEU', 1, 'SUPPORT', 'ms-deu', ?)""")
                .param(Timestamp.from(T1)).update();
        migrate(ds, schema, null);

        assertThat(history.of("APPROVAL", 7)).extracting(HistoryEntry::action, HistoryEntry::detail, HistoryEntry::requestId)
                .containsExactly(tuple("REQUESTED", "requested before", null), tuple("REPLY_SUBMITTED", "DEU replied SUPPORT", "old-req"));
        assertThat(jdbc.sql("SELECT history_order FROM recflow.consultation_reply_version").query(Long.class).list())
                .containsOnlyNulls();

        reply(7, "DEU", Position.AGAINST, T2);
        history.record("APPROVAL", 7, Actor.system(), "CONSULTATION_CLOSED", "closed after the upgrade");
        assertThat(history.of("APPROVAL", 7)).extracting(HistoryEntry::action, HistoryEntry::detail).containsExactly(
                tuple("REQUESTED", "requested before"), tuple("REPLY_SUBMITTED", "DEU replied SUPPORT"),
                tuple("REPLY_SUBMITTED", "DEU changed its reply to AGAINST"), tuple("CONSULTATION_CLOSED", "closed after the upgrade"));
    }

    /**
     * The fixtures of release 0.4.0 (UpgradeTest's, H2 file and PostgreSQL dump): every subject's history reads as it
     * did before the upgrade.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theHistoriesOfARelease040DatabaseReadAsBefore(String database, @TempDir Path dir) throws Exception {
        Path fixture = Path.of("src/test/resources/upgrade/0.4.0");
        if (database.equals("h2")) {
            Files.copy(fixture.resolve("recflow.mv.db"), dir.resolve("recflow.mv.db"));
            ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("recflow").toAbsolutePath(), "sa", "");
            schema = "RECFLOW";
        } else {
            String url = PostgresDatabase.fresh("history040");
            PostgresDatabase.restore(url, Files.readString(fixture.resolve("recflow-postgres.sql")));
            ds = new DriverManagerDataSource(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
            schema = "recflow";
        }
        jdbc = JdbcClient.create(ds);
        List<String> subjects = jdbc.sql("SELECT DISTINCT subject_type || ':' || subject_id FROM recflow.history_entry ORDER BY 1")
                .query(String.class).list();
        List<List<List<Object>>> before = new ArrayList<>();
        for (String s : subjects) {
            before.add(jdbc.sql("SELECT at, actor, role, action, detail, request_id FROM recflow.history_entry "
                    + "WHERE subject_type || ':' || subject_id = ? ORDER BY id").param(s)
                    .query((rs, n) -> line(new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)))).list());
        }
        assertThat(before.stream().flatMap(List::stream).map(l -> l.get(3))).contains("REPLY_SUBMITTED");

        migrate(ds, schema, null);
        history = Histories.on(jdbc, Clock.fixed(T1, ZoneOffset.UTC), e -> published.add((HistoryRecorded) e));
        List<List<List<Object>>> after = new ArrayList<>();
        for (String s : subjects) {
            String[] typeAndId = s.split(":");
            after.add(history.of(typeAndId[0], Long.parseLong(typeAndId[1])).stream().map(ReplyHistoryTest::line).toList());
        }
        assertThat(after).isEqualTo(before);
    }
}
