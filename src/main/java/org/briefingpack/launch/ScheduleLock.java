package org.briefingpack.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.LockRepository;
import org.springframework.scheduling.TaskScheduler;

/**
 * The lock that instances on one schedule, sharing one job repository, take before a tick's run: a row in
 * Spring Integration's {@code INT_LOCK} table, keyed by the output folder. Held for the whole run and renewed
 * every third of its time to live; an instance that dies stops renewing, so after the time to live the next tick on
 * any instance takes the lock over. A database lock rather than a file lock, which network file systems do not honour.
 */
final class ScheduleLock {

    private static final Logger log = LoggerFactory.getLogger(ScheduleLock.class);

    private final LockRepository repository;
    private final String key;
    private final Duration timeToLive;

    ScheduleLock(LockRepository repository, Path outputDir, Duration timeToLive) {
        this.repository = repository;
        // INT_LOCK keys are 36 characters: a name-based UUID of the output folder
        this.key = UUID.nameUUIDFromBytes(("briefing-pack schedule " + outputDir).getBytes(StandardCharsets.UTF_8))
                .toString();
        this.timeToLive = timeToLive;
    }

    /** Takes the lock, renewed on {@code scheduler} until closed; empty while another live instance holds it. */
    Optional<Held> tryAcquire(TaskScheduler scheduler) {
        if (!repository.acquire(key, timeToLive)) {
            return Optional.empty();
        }
        ScheduledFuture<?> renewal = scheduler.scheduleAtFixedRate(this::renew, timeToLive.dividedBy(3));
        return Optional.of(new Held(renewal));
    }

    private void renew() {
        if (!repository.renew(key, timeToLive)) {
            log.error(
                    "the schedule lock was lost (not renewed within {}); another instance may start a run", timeToLive);
        }
    }

    /** The lock while held; closing stops the renewal and deletes the row. */
    final class Held implements AutoCloseable {

        private final ScheduledFuture<?> renewal;

        private Held(ScheduledFuture<?> renewal) {
            this.renewal = renewal;
        }

        @Override
        public void close() {
            renewal.cancel(false);
            repository.delete(key);
        }
    }
}
