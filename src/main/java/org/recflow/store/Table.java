package org.recflow.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * One of recflow's tables whose rows are aggregates with a generated {@code id}: an approval, a Question, a
 * deletion. Columns come as ordered maps (name to value), so a repository lists its columns once, for insert and
 * update alike.
 */
public final class Table<T> {

    private final JdbcClient jdbc;
    private final String name;
    private final RowMapper<T> mapper;
    private final RowLocks locks;

    /**
     * {@code name} is a constant of the caller, schema included ({@code recflow.approval}): never user input;
     * {@code locks} says how {@link #lock} holds a row.
     */
    public Table(JdbcClient jdbc, String name, RowMapper<T> mapper, RowLocks locks) {
        this.jdbc = jdbc;
        this.name = name;
        this.mapper = mapper;
        this.locks = locks;
    }

    public Optional<T> find(long id) {
        return jdbc.sql("SELECT * FROM " + name + " WHERE id = ?").param(id).query(mapper).optional();
    }

    /**
     * Reads the row and holds it until the transaction ends: changes to one aggregate queue up. In the database
     * ({@code FOR UPDATE}), or in this process on embedded H2 ({@link RowLocks}); an unknown id holds nothing in the
     * database and an unused in-memory lock until the transaction ends.
     *
     * @throws org.springframework.dao.CannotAcquireLockException when another transaction held the row past the lock timeout
     */
    public Optional<T> lock(long id) {
        if (locks.inProcess()) {
            locks.hold(name, id);
            return find(id);
        }
        return jdbc.sql("SELECT * FROM " + name + " WHERE id = ? FOR UPDATE").param(id).query(mapper).optional();
    }

    /** The rows whose columns equal the given values, a null value meaning "any", in the order of their ids. */
    public List<T> list(Map<String, Object> equal) {
        StringBuilder sql = new StringBuilder("SELECT * FROM " + name + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        equal.forEach((column, value) -> {
            if (value != null) {
                sql.append(" AND ").append(column).append(" = ?");
                params.add(value);
            }
        });
        sql.append(" ORDER BY id");
        return jdbc.sql(sql.toString()).params(params).query(mapper).list();
    }

    /** Inserts a row and answers its generated id. */
    public long insert(Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", columns.keySet().stream().map(k -> "?").toList());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + name + " (" + names + ") VALUES (" + marks + ")")
                .params(new ArrayList<>(columns.values()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long id, Map<String, Object> columns) {
        String sets = String.join(", ", columns.keySet().stream().map(k -> k + " = ?").toList());
        List<Object> params = new ArrayList<>(columns.values());
        params.add(id);
        jdbc.sql("UPDATE " + name + " SET " + sets + " WHERE id = ?").params(params).update();
    }

    public static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
