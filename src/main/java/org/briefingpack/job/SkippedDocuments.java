package org.briefingpack.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why documents were skipped: the step's {@link SkipListener}. Each skipped document's record (what the
 * processor knew, and the reason) goes into the step's execution context, which the job repository saves with
 * every chunk, so a restarted or later step reads it back from there. Step-scoped; the listener is called from
 * the threads that process items, hence the lock.
 */
class SkippedDocuments implements SkipListener<Object, Object>, ItemStream {

    static final String CONTEXT_KEY = "briefing.skipped";

    private static final Logger log = LoggerFactory.getLogger(SkippedDocuments.class);

    private final JsonMapper mapper;
    private final ObjectWriter json;
    /** By document key: a document skipped again after a rolled-back chunk is recorded once. */
    private final Map<String, String> skipped = new LinkedHashMap<>();

    SkippedDocuments(JsonMapper json) {
        this.mapper = json;
        this.json = JsonLines.writerOf(json);
    }

    @Override
    public void onSkipInProcess(Object item, Throwable t) {
        DocumentNotPackedException skip = (DocumentNotPackedException) t;
        if (skip.record() instanceof DocumentRecord record) {
            String reason = withoutFileName(record.file(), record.reason());
            switch (record.status()) {
                case SKIPPED -> log.warn("{}: skipped: {}", record.file(), reason);
                default -> log.error("{}: failed: {}", record.file(), reason);
            }
        }
        synchronized (skipped) {
            skipped.put(skip.key(), json.writeValueAsString(skip.record()));
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(CONTEXT_KEY)) {
            synchronized (skipped) {
                for (Object line : (List<?>) context.get(CONTEXT_KEY)) {
                    skipped.put(mapper.readTree((String) line).get("key").asString(), (String) line);
                }
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        synchronized (skipped) {
            context.put(CONTEXT_KEY, new ArrayList<>(skipped.values()));
        }
    }

    /** The records saved in a step's execution context. */
    static <T> List<T> read(ExecutionContext context, JsonMapper json, Class<T> type) {
        if (context == null || !context.containsKey(CONTEXT_KEY)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        for (Object line : (List<?>) context.get(CONTEXT_KEY)) {
            records.add(json.readValue((String) line, type));
        }
        return records;
    }

    /** A reader's reason starts with the file's name, which the log line gives already: it is said once. */
    private static String withoutFileName(String file, String reason) {
        String named = file + ": ";
        return reason != null && reason.startsWith(named) ? reason.substring(named.length()) : reason;
    }
}
