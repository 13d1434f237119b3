package org.recflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Runs statements ({@code --exec}, separated by ';') or prints the first column of a query ({@code --query}). */
final class Sql {

    private Sql() {
    }

    static Connection connect(Args a) throws Exception {
        return DriverManager.getConnection(a.get("jdbc"), a.get("user", "sa"), a.get("password", ""));
    }

    static void run(Args a) throws Exception {
        try (Connection c = connect(a); Statement s = c.createStatement()) {
            if (a.has("exec")) {
                for (String stmt : a.get("exec").split(";")) {
                    if (!stmt.isBlank()) {
                        int n = s.executeUpdate(stmt.trim());
                        System.err.println("  " + n + " rows: " + stmt.trim());
                    }
                }
            }
            if (a.has("query")) {
                try (ResultSet rs = s.executeQuery(a.get("query"))) {
                    while (rs.next()) {
                        System.out.println(rs.getString(1));
                    }
                }
            }
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
