package org.briefingpack.launch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.job.BriefingPackLauncher;
import org.briefingpack.job.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the job once at start-up (the default), or, with {@code briefing.schedule} set, keeps the
 * process up and starts a run at each cron tick. One run at a time: a tick that comes while a run is
 * still going is skipped with a log line. Instances on one schedule that share a job repository and an output folder
 * (failover on two hosts) take the {@link ScheduleLock} first: one runs the tick, the others log that they yielded.
 * Tests switch it off with {@code briefing.runner.enabled=false}
 * and drive {@link BriefingPackLauncher} directly.
 */
@Component
@ConditionalOnProperty(name = "briefing.runner.enabled", havingValue = "true", matchIfMissing = true)
public class BriefingPackRunner implements ApplicationRunner, ExitCodeGenerator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BriefingPackRunner.class);

    private final BriefingPackLauncher launcher;
    private final BriefingProperties properties;
    private final ObjectProvider<ScheduleLock> scheduleLock;
    private final AtomicBoolean running = new AtomicBoolean();
    private ThreadPoolTaskScheduler scheduler;
    private volatile int exitCode = ExitCodes.OK;

    BriefingPackRunner(
            BriefingPackLauncher launcher, BriefingProperties properties, ObjectProvider<ScheduleLock> scheduleLock) {
        this.launcher = launcher;
        this.properties = properties;
        this.scheduleLock = scheduleLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String schedule = properties.schedule();
        if (schedule == null || schedule.isBlank()) {
            exitCode = launcher.launch(properties.runId()).exitCode();
            return;
        }
        if (!CronExpression.isValidExpression(schedule)) {
            log.error(
                    "briefing.schedule '{}' is not a cron expression (six fields: second minute hour day month weekday,"
                            + " e.g. \"0 0 6 * * MON-FRI\")",
                    schedule);
            exitCode = ExitCodes.USAGE;
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("briefing-schedule-");
        scheduler.setDaemon(false);
        scheduler.initialize();
        TickTrigger trigger = new TickTrigger(new CronTrigger(schedule));
        ScheduleLock lock = scheduleLock.getObject();
        scheduler.schedule(() -> tick(trigger.current(), lock), trigger);
        log.info(
                "scheduled: a run starts at each tick of '{}'; next at {}",
                schedule,
                CronExpression.parse(schedule).next(LocalDateTime.now()));
    }

    private void tick(Instant tick, ScheduleLock lock) {
        if (!running.compareAndSet(false, true)) {
            log.warn("schedule tick skipped: the previous run is still going");
            return;
        }
        try {
            Optional<ScheduleLock.Held> held = lock.tryAcquire(scheduler);
            if (held.isEmpty()) {
                log.info(
                        "schedule tick {}: another instance holds the schedule lock and is running; this one yields",
                        tick);
                return;
            }
            try (ScheduleLock.Held ignored = held.get()) {
                launcher.launchTick(tick).ifPresent(result -> {
                    exitCode = result.exitCode();
                    log.info("scheduled run {} ended with exit code {}", result.runId(), result.exitCode());
                });
            }
        } catch (RuntimeException e) {
            log.error("scheduled run failed: {}", e.getMessage(), e);
        } finally {
            running.set(false);
        }
    }

    /**
     * The cron trigger, remembering the time it gave last: while a tick runs, that is the tick's own time, the
     * same on every instance on this schedule, so they all name the tick's run alike.
     */
    private static final class TickTrigger implements Trigger {

        private final CronTrigger cron;
        private final AtomicReference<Instant> last = new AtomicReference<>();

        TickTrigger(CronTrigger cron) {
            this.cron = cron;
        }

        @Override
        public Instant nextExecution(TriggerContext context) {
            Instant next = cron.nextExecution(context);
            last.set(next);
            return next;
        }

        Instant current() {
            return last.get();
        }
    }

    /** True when the process stays up for scheduled runs. */
    public boolean isScheduled() {
        return scheduler != null;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
