package org.briefingpack.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own in the PostgreSQL on 127.0.0.1:5432 (database {@code test}, trust auth, as on CI) for one
 * test class: created before, dropped after. Test classes that need it are
 * {@code @EnabledIf("org.briefingpack.job.TestPostgres#answers")}, so they skip visibly where none answers.
 */
final class TestPostgres {

    private static final String BASE_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    final String schema;

    TestPostgres(String prefix) {
        schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static boolean answers() {
        try (Connection ignored = DriverManager.getConnection(BASE_URL, user(), "")) {
            return true;
        } catch (SQLException e) {
            System.out.println("PostgreSQL test skipped: " + e.getMessage());
            return false;
        }
    }

    /** The JDBC URL of this schema, for child JVMs and direct queries. */
    String url() {
        return BASE_URL + "?currentSchema=" + schema;
    }

    /** A connection to this schema. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), "");
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", () -> "");
    }

    void create() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    void drop() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(BASE_URL, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String user() {
        return System.getProperty("user.name");
    }
}
