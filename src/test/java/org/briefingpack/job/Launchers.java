package org.briefingpack.job;

import java.nio.file.Path;
import org.briefingpack.config.BriefingProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/** A launcher like the application's, writing to another output folder: two folders sharing one job repository. */
final class Launchers {

    private Launchers() {}

    static BriefingPackLauncher writingTo(
            Path output, JobOperator jobOperator, Job job, BriefingProperties p, JobRepository jobRepository) {
        return new BriefingPackLauncher(
                jobOperator,
                job,
                new BriefingProperties(
                        p.input(),
                        output,
                        p.schedule(),
                        p.templates(),
                        p.workers(),
                        p.force(),
                        p.runId(),
                        p.chunkSize(),
                        p.maxPages(),
                        p.pdf(),
                        p.fx(),
                        p.links(),
                        p.distribution(),
                        p.scheduleLockTtl(),
                        p.renderBudget()),
                jobRepository);
    }
}
