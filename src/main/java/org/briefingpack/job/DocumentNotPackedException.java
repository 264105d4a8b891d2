package org.briefingpack.job;

/**
 * A document that gets no pack (unsupported, unreadable, extraction or rendering failed): the steps skip it
 * ({@code faultTolerant().skip(...)}) and the record it carries says why. Never fails a run.
 */
final class DocumentNotPackedException extends RuntimeException {

    private final String key;
    private final transient Object record;

    /** @param record the {@link DocumentRecord} or {@link RenderRecord} that goes into the run report */
    DocumentNotPackedException(String key, Object record, String reason) {
        super(reason);
        this.key = key;
        this.record = record;
    }

    String key() {
        return key;
    }

    Object record() {
        return record;
    }
}
