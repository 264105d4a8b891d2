package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefingpack.model.Facts;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.RunContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

@Timeout(120)
class IdleCoreWarmUpTest {

    /** Counts warm-ups; each takes a while, so a step that did not wait for it would see it unfinished. */
    private static final class SlowWarmUp implements PackRenderer {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final boolean fail;

        SlowWarmUp(boolean fail) {
            this.fail = fail;
        }

        @Override
        public void warmUpRun() {
            started.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
            if (fail) {
                throw new IllegalStateException("no POI today");
            }
        }

        @Override
        public DocumentRendering renderDocument(Facts facts, Path documentDir, Instant generatedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Path> renderRun(RunContents run, Path runDir) {
            throw new UnsupportedOperationException();
        }
    }

    /** The render step of a job whose extract step wrote {@code documents} documents. */
    private static StepExecution renderStepAfter(long documents) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "briefingPackJob"), new JobParameters());
        StepExecution extract = new StepExecution(1L, RunRecords.EXTRACT_STEP, job);
        extract.setWriteCount(documents);
        job.addStepExecution(extract);
        StepExecution render = new StepExecution(2L, "render", job);
        job.addStepExecution(render);
        return render;
    }

    @Test
    void oneDocumentOnTwoWorkers_warmsUpOnce_andTheStepEndsAfterIt() {
        SlowWarmUp renderer = new SlowWarmUp(false);
        IdleCoreWarmUp listener = new IdleCoreWarmUp(renderer, 2);
        StepExecution step = renderStepAfter(1);

        listener.beforeStep(step);
        listener.afterStep(step);

        assertThat(renderer.started).hasValue(1);
        assertThat(renderer.finished).hasValue(1);
    }

    @Test
    void asManyDocumentsAsWorkers_orNone_noWarmUp() {
        SlowWarmUp renderer = new SlowWarmUp(false);
        IdleCoreWarmUp listener = new IdleCoreWarmUp(renderer, 2);
        for (long documents : new long[] {0, 2, 3}) {
            StepExecution step = renderStepAfter(documents);
            listener.beforeStep(step);
            listener.afterStep(step);
        }
        IdleCoreWarmUp oneWorker = new IdleCoreWarmUp(renderer, 1);
        StepExecution step = renderStepAfter(1);
        oneWorker.beforeStep(step);
        oneWorker.afterStep(step);

        assertThat(renderer.started).hasValue(0);
    }

    @Test
    void aFailedWarmUp_doesNotFailTheStep() {
        SlowWarmUp renderer = new SlowWarmUp(true);
        IdleCoreWarmUp listener = new IdleCoreWarmUp(renderer, 2);
        StepExecution step = renderStepAfter(1);

        assertThatCode(() -> {
                    listener.beforeStep(step);
                    listener.afterStep(step);
                })
                .doesNotThrowAnyException();
        assertThat(renderer.finished).hasValue(1);
    }
}
