package org.briefingpack.job;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.briefingpack.distribution.Briefing;
import org.briefingpack.distribution.Delivery;
import org.briefingpack.distribution.DistributionLedger;
import org.briefingpack.distribution.DistributionPlan;
import org.briefingpack.distribution.Distributor;
import org.briefingpack.io.Sha256;
import org.briefingpack.model.FactsJson;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code distribute} step: each whole pack of the run to its recipients, one message per call, so each
 * message's "sent" record ({@link DistributionLedger#confirm}) commits in the same transaction as the step's
 * progress. What became of each message goes into the step's execution context (kept across a restart), where
 * publish finds it for the run report. The plan is made afresh by each execution from the ledger, so a restarted
 * step sends only what is not recorded.
 */
class DistributeTasklet implements Tasklet {

    static final String MESSAGES = "briefing.distribution.messages";
    static final String UNCERTAIN = "briefing.distribution.uncertain";
    static final String MODE = "briefing.distribution.mode";

    private static final Logger log = LoggerFactory.getLogger(DistributeTasklet.class);

    private final RunLayout layout;
    private final String runId;
    private final FactsJson json;
    private final Distributor distributor;
    private final JobRepository repository;
    private Deque<Delivery> pending;

    DistributeTasklet(
            RunLayout layout, String runId, FactsJson json, Distributor distributor, JobRepository repository) {
        this.layout = layout;
        this.runId = runId;
        this.json = json;
        this.distributor = distributor;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!distributor.settings().active()) {
            return RepeatStatus.FINISHED;
        }
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        if (pending == null) {
            context.putString(MODE, distributor.settings().mode().name().toLowerCase(java.util.Locale.ROOT));
            DistributionPlan plan = distributor.plan(briefings(step));
            pending = new ArrayDeque<>(plan.deliveries());
            List<String> uncertain = new ArrayList<>(strings(context, UNCERTAIN));
            for (DistributionLedger.Entry entry : plan.uncertain()) {
                String line = json.mapper()
                        .writeValueAsString(
                                new RunReport.Uncertain(entry.recipient(), entry.document(), entry.messageId()));
                if (!uncertain.contains(line)) {
                    uncertain.add(line);
                    log.warn(
                            "run {}: {} for {} was handed to the mail server by an execution that stopped before"
                                    + " recording it sent; not sending it again (look up Message-ID {})",
                            runId,
                            entry.document(),
                            entry.recipient(),
                            entry.messageId());
                }
            }
            context.put(UNCERTAIN, uncertain);
            log.info("run {}: {} message(s) to send", runId, pending.size());
        }
        Delivery delivery = pending.poll();
        if (delivery == null) {
            return RepeatStatus.FINISHED;
        }
        Distributor.Outcome outcome = distributor.deliver(delivery, layout, runId, Instant.now());
        List<String> messages = new ArrayList<>(strings(context, MESSAGES));
        messages.add(json.mapper()
                .writeValueAsString(new RunReport.Message(
                        delivery.messageId(),
                        delivery.to(),
                        delivery.documents(),
                        delivery.updated(),
                        outcome.status().name().toLowerCase(java.util.Locale.ROOT),
                        outcome.file(),
                        outcome.error())));
        context.put(MESSAGES, messages);
        contribution.incrementWriteCount(1);
        return pending.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    private List<Briefing> briefings(StepExecution step) {
        RunRecords records = RunRecords.read(
                layout, json.mapper(), repository, step.getJobExecution().getJobInstance());
        List<Briefing> briefings = new ArrayList<>();
        for (DocumentRecord record : records.rendered()) {
            var facts = layout.facts(record.folder());
            briefings.add(new Briefing(
                    record.folder(),
                    json.read(facts),
                    layout.documentDir(record.folder()).resolve(RunLayout.PDF),
                    Sha256.hex(facts)));
        }
        return briefings;
    }

    static List<String> strings(ExecutionContext context, String key) {
        return context.containsKey(key)
                ? ((List<?>) context.get(key)).stream().map(String::valueOf).toList()
                : List.of();
    }
}
