package org.briefingpack.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingpack.render.PackRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Listens to the {@code render} step: when the run has fewer documents than render workers, a core would idle
 * while they render, so the run-level writers are warmed up on it ({@link PackRenderer#warmUpRun}), and the step
 * ends once that is done. A one-document run on two cores then loads POI beside the document's render instead of
 * after it. Larger runs keep every core for their documents and get no warm-up.
 */
class IdleCoreWarmUp implements StepExecutionListener {

    /** Only there to catch a hang: the warm-up takes a few seconds cold on a busy machine. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(IdleCoreWarmUp.class);

    private final PackRenderer renderer;
    private final int workers;
    /** By render step execution: one bean serves every run, and runs of different output folders may overlap. */
    private final Map<Long, Thread> running = new ConcurrentHashMap<>();

    IdleCoreWarmUp(PackRenderer renderer, int workers) {
        this.renderer = renderer;
        this.workers = workers;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long documents = stepExecution.getJobExecution().getStepExecutions().stream()
                .filter(step -> RunRecords.EXTRACT_STEP.equals(step.getStepName()))
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        if (documents == 0 || documents >= workers) {
            return;
        }
        Thread warmUp = new Thread(this::warmUp, "render-warm-up");
        warmUp.setDaemon(true); // never keeps a finished run's JVM alive
        running.put(stepExecution.getId(), warmUp);
        warmUp.start();
    }

    private void warmUp() {
        try {
            renderer.warmUpRun();
        } catch (RuntimeException e) {
            // Only time is lost: renderRun loads what it needs itself.
            log.debug("Warm-up of the run-level writers failed: {}", e.toString());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Thread warmUp = running.remove(stepExecution.getId());
        if (warmUp != null) {
            try {
                // renderRun starts after the warm-up, so the two never compete for a core.
                warmUp.join(MAX_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }
}
