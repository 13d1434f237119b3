package org.recflow.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The stored first answers to POSTs that carried an {@code Idempotency-Key} (table {@code recflow.idempotent_request}),
 * one per account and key. Joins whatever transaction is open: the filter inserts a successful answer in the
 * transaction of the change it reports.
 */
@Repository
class IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);

    /** A body larger than this is not kept (the answer's status and headers still are): records stay small. */
    static final int MAX_STORED_BODY_CHARS = 512 * 1024;

    /** The first answer to a request, and the fingerprint of that request. */
    record Answer(String fingerprint, int status, String contentType, String location, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    @Autowired
    IdempotencyStore(JdbcClient jdbc, @Value("${recflow.idempotency.retention:P30D}") Duration retention) {
        this(jdbc, retention, Clock.systemUTC());
    }

    /** Records are dated by the wall clock, not the engine's (simulated) one: retention is about real retries. */
    IdempotencyStore(JdbcClient jdbc, Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    Optional<Answer> find(String account, String key) {
        return jdbc.sql("SELECT * FROM recflow.idempotent_request WHERE account = ? AND idem_key = ?")
                .params(account, key).query(IdempotencyStore::answer).optional();
    }

    /**
     * Records the first answer under (account, key); false when one is there already, inserted by a concurrent
     * request with the same key (the transaction it was tried in must then roll back: PostgreSQL has aborted it).
     */
    boolean insert(String account, String key, String method, String path, Answer a) {
        String encoding;
        String body;
        if (a.body() == null || a.body().length == 0 || a.body().length > MAX_STORED_BODY_CHARS) {
            encoding = "NONE";
            body = null;
        } else {
            body = utf8(a.body());
            encoding = "UTF8";
            if (body == null || body.length() > MAX_STORED_BODY_CHARS) {
                body = Base64.getEncoder().encodeToString(a.body());
                encoding = body.length() > MAX_STORED_BODY_CHARS ? "NONE" : "BASE64";
                body = "NONE".equals(encoding) ? null : body;
            }
        }
        try {
            jdbc.sql("""
                    INSERT INTO recflow.idempotent_request (account, idem_key, fingerprint, method, path, status, content_type,
                        location, body_encoding, body, created_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(account, key, a.fingerprint(), method, cut(path, 1000), a.status(), cut(a.contentType(), 200),
                            cut(a.location(), 2000), encoding, body, Timestamp.from(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException | ConcurrencyFailureException e) {
            log.debug("Idempotency-Key already recorded for {}: {}", account, e.getMessage());
            return false;
        }
    }

    int deleteOlderThan(Instant limit) {
        return jdbc.sql("DELETE FROM recflow.idempotent_request WHERE created_at < ?").param(Timestamp.from(limit)).update();
    }

    /** Keys are kept for the retention period (30 days unless {@code recflow.idempotency.retention} says otherwise). */
    @Scheduled(cron = "${recflow.idempotency.cleanup-cron:0 17 3 * * *}")
    void cleanUp() {
        int deleted = deleteOlderThan(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("deleted {} idempotency record(s) older than {}", deleted, retention);
        }
    }

    private static Answer answer(ResultSet rs, int row) throws SQLException {
        String encoding = rs.getString("body_encoding");
        String body = rs.getString("body");
        byte[] bytes = body == null || "NONE".equals(encoding) ? new byte[0]
                : "BASE64".equals(encoding) ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new Answer(rs.getString("fingerprint"), rs.getInt("status"), rs.getString("content_type"),
                rs.getString("location"), bytes);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
