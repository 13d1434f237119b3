package org.recflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Seeding by SQL, for the dashboard at 100,000 approvals (creating them over HTTP would take hours on a small machine):
 * copies the approvals created over HTTP (ids 1..n) until {@code --target} are stored, with their deadlines and their
 * history (replies and their history entries are not copied: since release 0.5.0 a reply's entry is its version row,
 * and the steps are copied into {@code history_step}, the view {@code history_entry} taking no insert). A copy has no
 * process instance of its own
 * (process_instance_id NULL): the dashboard and /api/deadlines read recflow's tables only, never the engine.
 */
final class Replicate {

    private Replicate() {
    }

    static void run(Args a) throws Exception {
        long target = a.getLong("target", 0);
        try (Connection c = Sql.connect(a)) {
            c.setAutoCommit(false);
            long base = Sql.count(c, "SELECT COUNT(*) FROM recflow.approval");
            long maxId = Sql.count(c, "SELECT MAX(id) FROM recflow.approval");
            List<String> approvalCols = columns(c, "recflow.approval");
            List<String> deadlineCols = columns(c, "recflow.deadline");
            // the view's columns but its era and id: a copy is a step recorded now, numbered by history_order (V18)
            List<String> historyCols = columns(c, "recflow.history_entry").stream()
                    .filter(col -> !col.equals("id") && !col.equals("era")).toList();
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (long k = 1, stored = base; stored < target; k++) {
                    long shift = maxId * k;
                    long copies = Math.min(base, target - stored);
                    long limit = copies == base ? maxId : Sql.count(c,
                            "SELECT id FROM recflow.approval ORDER BY id OFFSET " + (copies - 1) + " ROWS FETCH NEXT 1 ROWS ONLY");
                    stored += copies;
                    s.executeUpdate("INSERT INTO recflow.approval (" + String.join(", ", approvalCols) + ") SELECT "
                            + approvalCols.stream().map(col -> switch (col) {
                                case "id" -> "id + " + shift;
                                case "process_instance_id" -> "NULL";
                                default -> col;
                            }).collect(Collectors.joining(", ")) + " FROM recflow.approval WHERE id <= " + limit);
                    List<String> dCols = deadlineCols.stream().filter(col -> !col.equals("id")).toList();
                    s.executeUpdate("INSERT INTO recflow.deadline (" + String.join(", ", dCols) + ") SELECT "
                            + dCols.stream().map(col -> col.equals("subject_id") ? "subject_id + " + shift : col).collect(Collectors.joining(", "))
                            + " FROM recflow.deadline WHERE subject_type = 'APPROVAL' AND subject_id <= " + limit);
                    List<String> hCols = historyCols;
                    s.executeUpdate("INSERT INTO recflow.history_step (" + String.join(", ", hCols) + ") SELECT "
                            + hCols.stream().map(col -> col.equals("subject_id") ? "subject_id + " + shift : col).collect(Collectors.joining(", "))
                            + " FROM recflow.history_entry WHERE subject_type = 'APPROVAL' AND subject_id <= " + limit
                            + " AND action <> 'REPLY_SUBMITTED'");
                    c.commit();
                    System.out.printf(Locale.ROOT, "  %d approvals stored%n", stored);
                }
                long next = Sql.count(c, "SELECT MAX(id) FROM recflow.approval") + 1;
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                    s.execute("SELECT setval(pg_get_serial_sequence('recflow.approval', 'id'), " + (next - 1) + ")");
                    c.commit();
                    c.setAutoCommit(true);
                    s.execute("VACUUM ANALYZE recflow.approval");
                    s.execute("VACUUM ANALYZE recflow.deadline");
                    s.execute("VACUUM ANALYZE recflow.history_step"); // history_entry is a view (V18)
                } else {
                    s.execute("ALTER TABLE recflow.approval ALTER COLUMN id RESTART WITH " + next);
                    c.commit();
                }
            }
            System.out.printf(Locale.ROOT, "replicated to %d approvals in %.1f s%n", Sql.count(c, "SELECT COUNT(*) FROM recflow.approval"),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    static List<String> columns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return cols;
    }
}
