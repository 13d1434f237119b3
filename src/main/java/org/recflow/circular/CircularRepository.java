package org.recflow.circular;

import static org.recflow.store.Table.date;
import static org.recflow.store.Table.instant;
import static org.recflow.store.Table.localDate;
import static org.recflow.store.Table.ts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recflow.store.RowLocks;
import org.recflow.store.Table;
import org.recflow.kernel.RecflowException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Circulars as rows of {@code recflow.circular}, the texts they cover and their archived PDFs. */
@Repository
class CircularRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<CircularText>> TEXTS = new TypeReference<>() {
    };
    /** The sizes of the JSON columns in V9, in characters. */
    static final int PARAGRAPHS_COLUMN = 100_000;
    static final int TEXTS_COLUMN = 1_000_000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Table<Circular> table;

    CircularRepository(JdbcClient jdbc, RowLocks locks, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = new Table<>(jdbc, "recflow.circular", this::map, locks);
    }

    Optional<Circular> find(long id) {
        return table.find(id);
    }

    Optional<Circular> lock(long id) {
        return table.lock(id);
    }

    List<Circular> list(String studyGroup, CircularKind kind, CircularStatus status) {
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("study_group", studyGroup);
        equal.put("kind", kind == null ? null : kind.name());
        equal.put("status", status == null ? null : status.name());
        return table.list(equal);
    }

    Circular insert(Circular c) {
        c.id = table.insert(columns(c));
        writeTexts(c);
        return c;
    }

    void update(Circular c) {
        table.update(c.id, columns(c));
        jdbc.sql("DELETE FROM recflow.circular_text WHERE circular_id = ?").param(c.id).update();
        writeTexts(c);
    }

    /** Whether a circular of that year already carries that number (the unique constraint stays the last word). */
    boolean numberTaken(int year, int serial) {
        return jdbc.sql("SELECT COUNT(*) FROM recflow.circular WHERE issue_year = ? AND serial = ?")
                .param(year).param(serial).query(Long.class).single() > 0;
    }

    void archivePdf(long id, String lang, byte[] pdf, java.time.Instant now) {
        jdbc.sql("INSERT INTO recflow.circular_pdf (circular_id, lang, pdf, created_at) VALUES (?, ?, ?, ?)")
                .param(id).param(lang).param(pdf).param(ts(now)).update();
    }

    Optional<byte[]> archivedPdf(long id, String lang) {
        return jdbc.sql("SELECT pdf FROM recflow.circular_pdf WHERE circular_id = ? AND lang = ?")
                .param(id).param(lang).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private void writeTexts(Circular c) {
        int position = 0;
        for (CircularText t : c.texts) {
            jdbc.sql("INSERT INTO recflow.circular_text (circular_id, position, subject_type, subject_id) VALUES (?, ?, ?, ?)")
                    .param(c.id).param(position++).param(t.subjectType()).param(t.subjectId()).update();
        }
    }

    private Map<String, Object> columns(Circular c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind.name());
        m.put("study_group", c.studyGroup);
        m.put("status", c.status.name());
        m.put("params", write(c.params));
        m.put("paragraphs", fits(write(c.paragraphs), PARAGRAPHS_COLUMN, "paragraphs", "the paragraphs"));
        m.put("texts", fits(write(c.texts), TEXTS_COLUMN, textsField(c.kind), "the texts it covers"));
        m.put("serial", c.serial);
        m.put("issue_year", c.issueYear);
        m.put("issued_on", date(c.issuedOn));
        m.put("issued_at", ts(c.issuedAt));
        m.put("issued_by", c.issuedBy);
        m.put("created_at", ts(c.createdAt));
        m.put("created_by", c.createdBy);
        m.put("updated_at", ts(c.updatedAt));
        return m;
    }

    private Circular map(ResultSet rs, int n) throws SQLException {
        Circular c = new Circular();
        c.id = rs.getLong("id");
        c.kind = CircularKind.valueOf(rs.getString("kind"));
        c.studyGroup = rs.getString("study_group");
        c.status = CircularStatus.valueOf(rs.getString("status"));
        c.params = read(rs.getString("params"), new TypeReference<Circular.Params>() {
        });
        c.paragraphs = read(rs.getString("paragraphs"), STRINGS);
        c.texts = read(rs.getString("texts"), TEXTS);
        int serial = rs.getInt("serial");
        c.serial = rs.wasNull() ? null : serial;
        int year = rs.getInt("issue_year");
        c.issueYear = rs.wasNull() ? null : year;
        c.issuedOn = localDate(rs, "issued_on");
        c.issuedAt = instant(rs, "issued_at");
        c.issuedBy = rs.getString("issued_by");
        c.createdAt = instant(rs, "created_at");
        c.createdBy = rs.getString("created_by");
        c.updatedAt = instant(rs, "updated_at");
        return c;
    }

    /**
     * {@code written} when it fits its column; else 400 INVALID_REQUEST naming {@code field}: each paragraph or text
     * may keep its own limit and all of them together still exceed the column (50 paragraphs of 4000 characters
     * are 200,000), which the database would refuse with a 500.
     */
    private static String fits(String written, int column, String field, String what) {
        if (written.length() > column) {
            throw RecflowException.invalid(field, what + " take " + written.length() + " characters as stored; a circular holds "
                    + column + " at most: shorten them or make two circulars");
        }
        return written;
    }

    /** The request field that chose the texts of a circular of that kind. */
    private static String textsField(CircularKind kind) {
        return switch (kind) {
            case RESULT -> "approvalIds";
            case DELETION -> "deletionIds";
            case QUESTION_CONSULTATION -> "questionId";
            case AAP_ANNOUNCEMENT -> "to";
            case TAP_CONSULTATION -> "meetingStart";
        };
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a circular's own data cannot be written as JSON", e);
        }
    }

    private <T> T read(String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a circular's stored JSON cannot be read", e);
        }
    }
}
