package org.briefingpack.launch;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.job.BriefingPackLauncher;
import org.briefingpack.job.ExitCodes;
import org.briefingpack.job.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the job once at start-up (the default), or, with {@code briefing.schedule} set, keeps the
 * process up and starts a run at each cron tick. One run at a time: a tick that comes while a run is
 * still going is skipped with a log line. Tests switch it off with {@code briefing.runner.enabled=false}
 * and drive {@link BriefingPackLauncher} directly.
 */
@Component
@ConditionalOnProperty(name = "briefing.runner.enabled", havingValue = "true", matchIfMissing = true)
public class BriefingPackRunner implements ApplicationRunner, ExitCodeGenerator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BriefingPackRunner.class);

    private final BriefingPackLauncher launcher;
    private final BriefingProperties properties;
    private final AtomicBoolean running = new AtomicBoolean();
    private ThreadPoolTaskScheduler scheduler;
    private volatile int exitCode = ExitCodes.OK;

    BriefingPackRunner(BriefingPackLauncher launcher, BriefingProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
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
        scheduler.schedule(this::tick, new CronTrigger(schedule));
        log.info(
                "scheduled: a run starts at each tick of '{}'; next at {}",
                schedule,
                CronExpression.parse(schedule).next(LocalDateTime.now()));
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            log.warn("schedule tick skipped: the previous run is still going");
            return;
        }
        try {
            RunResult result = launcher.launch(null);
            exitCode = result.exitCode();
            log.info("scheduled run {} ended with exit code {}", result.runId(), result.exitCode());
        } catch (RuntimeException e) {
            log.error("scheduled run failed: {}", e.getMessage(), e);
        } finally {
            running.set(false);
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
