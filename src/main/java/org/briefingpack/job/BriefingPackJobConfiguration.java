package org.briefingpack.job;

import java.nio.file.Path;
import java.time.Instant;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.corroborate.ResourcePages;
import org.briefingpack.distribution.Distributor;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.links.LinkFetcher;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.reuse.PreviousRun;
import org.briefingpack.run.RunLayout;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code briefingPackJob}: {@code extract} (chunk-oriented, one item per input file, the items of a chunk
 * extracted on {@code briefing.workers} threads), {@code render} (partitioned: {@code briefing.workers}
 * chunk-oriented worker steps {@code renderDocuments:partitionN} reading their share of the documents, one
 * document per transaction), {@code renderRun} (run charts and the workbook, once, from the facts),
 * {@code distribute} (e-mail, when recipients are configured) and {@code publish} (run report,
 * {@code output/latest}). Both chunk-oriented steps skip a document that gets no
 * pack and record why ({@link SkippedDocuments}). The job repository is the one record of progress: a restart
 * runs the unfinished steps and partitions, each reader going on after its last committed item. Step names
 * are stable keys in the job repository.
 */
@Configuration(proxyBeanMethods = false)
public class BriefingPackJobConfiguration {

    public static final String JOB_NAME = "briefingPackJob";
    /** Identifying: the run folder name. The same id restarts a failed run. */
    public static final String RUN_ID = "run.id";

    public static final String INPUT = "input.dir";
    public static final String OUTPUT = "output.dir";
    public static final String GENERATED_AT = "generated.at";
    /** What besides a document decides its pack (templates, settings, app build), computed once per launch. */
    public static final String FINGERPRINT = "pack.fingerprint";

    @Bean
    Job briefingPackJob(
            JobRepository jobRepository, Step extract, Step render, Step renderRun, Step distribute, Step publish) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(extract)
                .next(render)
                .next(renderRun)
                .next(distribute)
                .next(publish)
                .build();
    }

    @Bean
    Step extract(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            ItemStreamReader<InputFile> inputFolderReader,
            ItemProcessor<InputFile, ExtractedDocument> documentExtractionProcessor,
            FactsWriter factsWriter,
            SkippedDocuments skippedDocuments,
            BriefingProperties properties) {
        // The documents of a chunk are extracted concurrently (the processor is stateless); the step thread still
        // reads and writes in input order, so the facts files and the step records are as in a sequential run.
        return new StepBuilder(RunRecords.EXTRACT_STEP, jobRepository)
                        .<InputFile, ExtractedDocument>chunk(Math.max(1, properties.chunkSize()))
                        .transactionManager(transactionManager)
                        .reader(inputFolderReader)
                        .processor(documentExtractionProcessor)
                        .writer(factsWriter)
                        .faultTolerant()
                        .skip(DocumentNotPackedException.class)
                        .skipLimit(Long.MAX_VALUE)
                        .skipListener(skippedDocuments)
                        .stream(skippedDocuments)
                        .taskExecutor(workerThreads("extract-", properties))
                        .build();
    }

    /**
     * Local partitioning: one worker step per {@code briefing.workers} (default one per core), each on its own
     * thread. A thread per partition (not a pool) because there are exactly as many partitions as threads and
     * nothing outlives the step. With fewer documents than workers, an idle core warms up the run-level writers
     * meanwhile ({@link IdleCoreWarmUp}).
     */
    @Bean
    Step render(
            JobRepository jobRepository,
            Step renderDocuments,
            PackRenderer packRenderer,
            BriefingProperties properties) {
        return new StepBuilder("render", jobRepository)
                .listener(new IdleCoreWarmUp(packRenderer, properties.effectiveWorkers()))
                .partitioner("renderDocuments", new RenderPartitioner())
                .step(renderDocuments)
                .gridSize(properties.effectiveWorkers())
                .taskExecutor(workerThreads("render-", properties))
                .build();
    }

    /** At most {@code briefing.workers} threads at once, named after the step they work for. */
    private static SimpleAsyncTaskExecutor workerThreads(String namePrefix, BriefingProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(namePrefix);
        executor.setConcurrencyLimit(properties.effectiveWorkers());
        return executor;
    }

    /**
     * A render worker: reads its partition's documents, renders each pack, records what it wrote; one document per
     * transaction, so a restarted worker goes on after the last document it finished.
     */
    @Bean
    Step renderDocuments(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            PartitionReader partitionReader,
            PackRenderingProcessor packRenderingProcessor,
            RenderRecordWriter renderRecordWriter,
            SkippedDocuments skippedDocuments) {
        return new StepBuilder("renderDocuments", jobRepository)
                        .<DocumentRecord, RenderRecord>chunk(1)
                        .transactionManager(transactionManager)
                        .reader(partitionReader)
                        .processor(packRenderingProcessor)
                        .writer(renderRecordWriter)
                        .faultTolerant()
                        .skip(DocumentNotPackedException.class)
                        .skipLimit(Long.MAX_VALUE)
                        .skipListener(skippedDocuments)
                        .stream(skippedDocuments)
                        .build();
    }

    @Bean
    Step renderRun(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet renderRunTasklet) {
        return new StepBuilder("renderRun", jobRepository)
                .tasklet(renderRunTasklet, transactionManager)
                .build();
    }

    /**
     * E-mail: one message per tasklet call, each in its own transaction with the step's progress, so a restart
     * sends only what no committed transaction recorded ({@link DistributeTasklet}).
     */
    @Bean
    Step distribute(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet distributeTasklet) {
        return new StepBuilder(PublishTasklet.DISTRIBUTE_STEP, jobRepository)
                .tasklet(distributeTasklet, transactionManager)
                .build();
    }

    @Bean
    Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(publishTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    InputFolderReader inputFolderReader(@Value("#{jobParameters['" + INPUT + "']}") String input) {
        return new InputFolderReader(Path.of(input));
    }

    /** Step-scoped: each run looks up its own previous run (none with {@code briefing.force=true}). */
    @Bean
    @StepScope
    DocumentExtractionProcessor documentExtractionProcessor(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{jobParameters['" + FINGERPRINT + "']}") String fingerprint,
            DocumentReader reader,
            FactsExtractor extractor,
            LinkFetcher linkFetcher,
            ResourcePages resourcePages,
            FactsJson factsJson,
            BriefingProperties properties) {
        return new DocumentExtractionProcessor(
                reader,
                extractor,
                linkFetcher,
                resourcePages,
                previousRun(output, runId, fingerprint, factsJson, properties));
    }

    private static PreviousRun previousRun(
            String output, String runId, String fingerprint, FactsJson factsJson, BriefingProperties properties) {
        return properties.force()
                ? PreviousRun.none()
                : PreviousRun.latest(Path.of(output), runId, fingerprint, factsJson.mapper());
    }

    @Bean
    @StepScope
    FactsWriter factsWriter(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            FactsJson factsJson) {
        return new FactsWriter(RunLayout.of(Path.of(output), runId), factsJson);
    }

    /** One per step execution (extract, each render worker): the documents it skipped, and why. */
    @Bean
    @StepScope
    SkippedDocuments skippedDocuments(FactsJson factsJson) {
        return new SkippedDocuments(factsJson.mapper());
    }

    @Bean
    @StepScope
    PartitionReader partitionReader(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{stepExecutionContext['" + RenderPartitioner.PARTITION + "']}") Integer partition,
            @Value("#{stepExecutionContext['" + RenderPartitioner.PARTITIONS + "']}") Integer partitions,
            FactsJson factsJson) {
        return new PartitionReader(
                RunLayout.of(Path.of(output), runId), factsJson.mapper(), share(partition, partitions));
    }

    @Bean
    @StepScope
    PackRenderingProcessor packRenderingProcessor(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{jobParameters['" + GENERATED_AT + "']}") String generatedAt,
            FactsJson factsJson,
            PackRenderer packRenderer,
            BriefingProperties properties) {
        return new PackRenderingProcessor(
                RunLayout.of(Path.of(output), runId),
                Instant.parse(generatedAt),
                factsJson,
                packRenderer,
                new RenderBudget(properties.renderBudget()));
    }

    @Bean
    @StepScope
    RenderRecordWriter renderRecordWriter(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{stepExecutionContext['" + RenderPartitioner.PARTITION + "']}") Integer partition,
            FactsJson factsJson) {
        return new RenderRecordWriter(
                RunLayout.of(Path.of(output), runId),
                factsJson.mapper(),
                RenderRecordWriter.PREFIX + "partition" + (partition == null ? 0 : partition));
    }

    private static RenderPartitioner.Share share(Integer partition, Integer partitions) {
        return partition == null || partitions == null
                ? new RenderPartitioner.Share(0, 1)
                : new RenderPartitioner.Share(partition, partitions);
    }

    @Bean
    @StepScope
    Tasklet renderRunTasklet(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{jobParameters['" + GENERATED_AT + "']}") String generatedAt,
            @Value("#{jobParameters['" + FINGERPRINT + "']}") String fingerprint,
            FactsJson factsJson,
            PackRenderer packRenderer,
            BriefingProperties properties,
            JobRepository jobRepository) {
        return new RenderRunTasklet(
                RunLayout.of(Path.of(output), runId),
                Instant.parse(generatedAt),
                factsJson,
                packRenderer,
                fingerprint,
                previousRun(output, runId, fingerprint, factsJson, properties),
                jobRepository);
    }

    @Bean
    @StepScope
    Tasklet distributeTasklet(
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            FactsJson factsJson,
            Distributor distributor,
            JobRepository jobRepository) {
        return new DistributeTasklet(
                RunLayout.of(Path.of(output), runId), runId, factsJson, distributor, jobRepository);
    }

    @Bean
    @StepScope
    Tasklet publishTasklet(
            @Value("#{jobParameters['" + INPUT + "']}") String input,
            @Value("#{jobParameters['" + OUTPUT + "']}") String output,
            @Value("#{jobParameters['" + RUN_ID + "']}") String runId,
            @Value("#{jobParameters['" + FINGERPRINT + "']}") String fingerprint,
            FactsJson factsJson,
            JobRepository jobRepository) {
        return new PublishTasklet(
                Path.of(input), Path.of(output), runId, factsJson.mapper(), fingerprint, jobRepository);
    }
}
