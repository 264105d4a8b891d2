package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunLayout;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the steps of a run made of its documents, read back for the run-level render and the report: the
 * extract and render step records (one line per document written) and the documents those steps skipped,
 * which their {@link SkippedDocuments} listeners left in the job repository. Read once, after the steps that
 * wrote them finished (in this execution or an earlier one of the same run).
 */
final class RunRecords {

    static final String EXTRACT_STEP = "extract";
    static final String RENDER_WORKER = "renderDocuments:partition";

    private final List<DocumentRecord> packed;
    private final List<DocumentRecord> all;
    private final Map<String, RenderRecord> renders;

    private RunRecords(List<DocumentRecord> packed, List<DocumentRecord> all, Map<String, RenderRecord> renders) {
        this.packed = packed;
        this.all = all;
        this.renders = renders;
    }

    static RunRecords read(RunLayout layout, JsonMapper json, JobRepository repository, JobInstance instance) {
        List<DocumentRecord> packed =
                JsonLines.readAll(layout.stepRecords(FactsWriter.RECORDS), json, DocumentRecord.class);
        List<DocumentRecord> all = new ArrayList<>(packed);
        all.addAll(skipped(repository, instance, EXTRACT_STEP, json, DocumentRecord.class));
        all.sort(Comparator.comparing(DocumentRecord::file));

        Map<String, RenderRecord> renders = new HashMap<>();
        for (Path file : renderRecordFiles(layout)) {
            JsonLines.readAll(file, json, RenderRecord.class).forEach(record -> renders.put(record.key(), record));
        }
        for (int partition = 0; ; partition++) {
            StepExecution worker = repository.getLastStepExecution(instance, RENDER_WORKER + partition);
            if (worker == null) {
                break;
            }
            SkippedDocuments.read(worker.getExecutionContext(), json, RenderRecord.class)
                    .forEach(record -> renders.put(record.key(), record));
        }
        return of(packed, all, renders);
    }

    /** Records already at hand (tests). */
    static RunRecords of(List<DocumentRecord> packed, List<DocumentRecord> all, Map<String, RenderRecord> renders) {
        return new RunRecords(List.copyOf(packed), List.copyOf(all), Map.copyOf(renders));
    }

    private static <T> List<T> skipped(
            JobRepository repository, JobInstance instance, String step, JsonMapper json, Class<T> type) {
        StepExecution execution = repository.getLastStepExecution(instance, step);
        return execution == null ? List.of() : SkippedDocuments.read(execution.getExecutionContext(), json, type);
    }

    private static List<Path> renderRecordFiles(RunLayout layout) {
        Path dir = layout.stepRecordsDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(RenderRecordWriter.PREFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list step records in " + dir, e);
        }
    }

    /** The documents the extract step packed (built or reused), in file order. */
    List<DocumentRecord> packed() {
        return packed;
    }

    /** Every input document, packed, skipped or failed, in file name order. */
    List<DocumentRecord> all() {
        return all;
    }

    /** What the render step made of a document built in this run; empty for reused and unrendered ones. */
    Optional<RenderRecord> render(String key) {
        return Optional.ofNullable(renders.get(key));
    }

    /** Packed documents whose pack is whole: rendered without error, or taken over from an earlier run. */
    List<DocumentRecord> rendered() {
        return packed.stream()
                .filter(record -> record.status() == DocumentStatus.PACKED)
                .filter(record -> record.reusedFrom() != null
                        || render(record.key()).map(r -> r.error() == null).orElse(false))
                .toList();
    }
}
