package org.briefingpack.distribution;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What was sent to whom: table {@code BRIEFING_DISTRIBUTION} in the job repository's database, one row per
 * recipient and pack (document and the SHA-256 of its facts), with the Message-ID and the message's recipients.
 *
 * <p>A message goes through two states. Before it is handed to the SMTP server its rows are written
 * {@code PENDING} and committed on their own ({@link #reserve}); after the server accepted it they become
 * {@code SENT} in the distributing step's own transaction ({@link #confirm}), which commits with the step's
 * progress. A process killed between the two leaves {@code PENDING} rows: the server may or may not have the
 * message, and it is never sent again automatically (at most once in that gap; the run report names the
 * Message-ID to look up). A send that failed removes its rows at once ({@link #release}), so the next run
 * tries those recipients again.
 */
public final class DistributionLedger {

    static final String TABLE = "BRIEFING_DISTRIBUTION";
    static final String SCHEMA = "org/briefingpack/distribution/schema-distribution.sql";
    // one try per statement of the script and per racing instance is plenty; any other fault fails at once
    private static final int SCHEMA_ATTEMPTS = 5;

    public enum State {
        PENDING,
        SENT
    }

    /** A recorded pack: who, which document, which pack, how far. */
    public record Entry(String recipient, String document, String packSha256, State state, String messageId) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public DistributionLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    /**
     * Creates the table where it is missing, as Spring Batch does for its own (H2 and PostgreSQL alike), also when
     * several instances start together on an empty repository.
     */
    public static void createTableIfMissing(DataSource dataSource) {
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(new ClassPathResource(SCHEMA));
        for (int attempt = 1; ; attempt++) {
            try {
                DatabasePopulatorUtils.execute(schema, dataSource);
                return;
            } catch (DataAccessException e) {
                // PostgreSQL's IF NOT EXISTS does not hold against a concurrent CREATE: the loser fails on the
                // catalogue's unique index once the winner has committed, so a second try finds the winner's table
                if (attempt == SCHEMA_ATTEMPTS || !createdMeanwhile(e)) {
                    throw e;
                }
            }
        }
    }

    /** A unique violation (23505) or "already exists" (42P07, 42710): another instance created it just now. */
    private static boolean createdMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState())
                            || "42P07".equals(sql.getSQLState())
                            || "42710".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Every recorded pack of the document, for every recipient. */
    public List<Entry> entries(String document) {
        return jdbc.query(
                "SELECT RECIPIENT, DOCUMENT, PACK_SHA256, STATUS, MESSAGE_ID FROM " + TABLE + " WHERE DOCUMENT = ?",
                (rs, row) -> new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        State.valueOf(rs.getString(4)),
                        rs.getString(5)),
                document);
    }

    /** Writes the delivery's rows PENDING and commits them, whatever transaction is under way. */
    public void reserve(Delivery delivery, String runId) {
        Timestamp now = Timestamp.from(clock.instant());
        String recipients = String.join(",", delivery.to());
        String messageId = delivery.messageId();
        List<Object[]> rows = new ArrayList<>();
        for (String recipient : delivery.to()) {
            for (Delivery.Item item : delivery.items()) {
                rows.add(new Object[] {
                    recipient,
                    item.briefing().folder(),
                    item.briefing().packSha256(),
                    State.PENDING.name(),
                    messageId,
                    truncate(recipients, 4000),
                    runId,
                    now
                });
            }
        }
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(
                "INSERT INTO " + TABLE
                        + " (RECIPIENT, DOCUMENT, PACK_SHA256, STATUS, MESSAGE_ID, RECIPIENTS, RUN_ID, RECORDED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows));
    }

    /** Marks the delivery's rows SENT in the caller's transaction (the step's, which commits its progress). */
    public void confirm(Delivery delivery) {
        jdbc.update(
                "UPDATE " + TABLE + " SET STATUS = ?, RECORDED_AT = ? WHERE MESSAGE_ID = ? AND STATUS = ?",
                State.SENT.name(),
                Timestamp.from(clock.instant()),
                delivery.messageId(),
                State.PENDING.name());
    }

    /** Removes the delivery's PENDING rows and commits, so its recipients are tried again on the next run. */
    public void release(Delivery delivery) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "DELETE FROM " + TABLE + " WHERE MESSAGE_ID = ? AND STATUS = ?",
                delivery.messageId(),
                State.PENDING.name()));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
