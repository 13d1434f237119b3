package org.recflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The test server starts here (as root too) and hands each suite an empty database of its own. */
class PostgresDatabaseTest {

    @Test
    void eachSuiteGetsAnEmptyDatabaseOfItsOwn() throws Exception {
        String first = PostgresDatabase.fresh("first");
        String second = PostgresDatabase.fresh("second");
        assertThat(first).startsWith("jdbc:postgresql://localhost:").isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SELECT version(), current_user, (SELECT count(*)"
                        + " FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema'))")) {
            rs.next();
            System.out.println("PostgreSQL for the tests: " + PostgresDatabase.describe() + ": " + rs.getString(1));
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
            assertThat(rs.getString(2)).isEqualTo("recflow");
            assertThat(rs.getInt(3)).isZero();
        }
    }

    /**
     * Why the postgres profile pins {@code currentSchema=public}: Camunda creates its tables without a schema, so they
     * go to the first schema of the search path that exists, and the default path {@code "$user", public} names schema
     * recflow first once Flyway has made it, since the account is called recflow too.
     */
    @Test
    void unqualifiedTablesOfAnAccountCalledRecflowLandInSchemaRecflowUnlessTheSearchPathIsPinned() throws Exception {
        String url = PostgresDatabase.fresh("searchpath");
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA recflow");
            s.execute("CREATE TABLE act_by_default (id INT)");
        }
        Properties pinned = new Properties();
        pinned.setProperty("user", PostgresDatabase.USER);
        pinned.setProperty("password", PostgresDatabase.PASSWORD);
        pinned.setProperty("currentSchema", "public");
        try (Connection c = DriverManager.getConnection(url, pinned); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE act_pinned (id INT)");
            try (ResultSet rs = s.executeQuery("SELECT table_name || '@' || table_schema FROM information_schema.tables"
                    + " WHERE table_name LIKE 'act_%' ORDER BY 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("act_by_default@recflow");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("act_pinned@public");
            }
        }
    }
}
