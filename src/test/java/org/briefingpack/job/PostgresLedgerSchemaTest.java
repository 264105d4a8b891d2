package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.briefingpack.distribution.DistributionLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two scheduler processes that start together both create the distribution ledger's table and index on an empty
 * PostgreSQL repository. PostgreSQL's {@code IF NOT EXISTS} does not guard against a concurrent creation (the loser
 * fails on the catalogue's unique index once the winner commits), so start-up must survive the race: here several
 * starters race on a fresh schema, round after round, and every one of them must come up.
 */
@EnabledIf(
        value = "org.briefingpack.job.TestPostgres#answers",
        disabledReason = "no PostgreSQL on 127.0.0.1:5432/test (start one to run this test)")
class PostgresLedgerSchemaTest {

    private static final int STARTERS = 4;
    private static final int ROUNDS = 12;

    @Test
    void starters_racingOnAnEmptyRepository_allCreateOrFindTheLedger() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TestPostgres postgres = new TestPostgres("briefing_ledger");
                postgres.create();
                try {
                    SimpleDriverDataSource dataSource = new SimpleDriverDataSource(
                            new org.postgresql.Driver(), postgres.url(), TestPostgres.user(), "");
                    CyclicBarrier together = new CyclicBarrier(STARTERS);
                    List<Future<?>> starts = new ArrayList<>();
                    for (int i = 0; i < STARTERS; i++) {
                        starts.add(pool.submit(() -> {
                            together.await(30, TimeUnit.SECONDS);
                            DistributionLedger.createTableIfMissing(dataSource);
                            return null;
                        }));
                    }
                    for (Future<?> start : starts) {
                        start.get(60, TimeUnit.SECONDS); // a deadline that only catches a hang
                    }
                    assertThat(indexesOfTheLedger(postgres))
                            .as("round %d", round)
                            .contains("briefing_distribution_msg", "briefing_distribution_pk");
                } finally {
                    postgres.drop();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> indexesOfTheLedger(TestPostgres postgres) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = postgres.connect();
                ResultSet indexes = connection
                        .getMetaData()
                        .getIndexInfo(null, postgres.schema, "briefing_distribution", false, false)) {
            while (indexes.next()) {
                names.add(indexes.getString("INDEX_NAME"));
            }
        }
        return names;
    }
}
