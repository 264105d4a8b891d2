package org.briefingpack.job;

import org.briefingpack.model.Facts;
import org.briefingpack.reuse.PreviousRun;

/**
 * The extract step's result for one input file: its ledger record and, when it was read, its facts; or,
 * for an unchanged document, the earlier pack to take over ({@code reuse}, with {@code facts} null).
 */
record ExtractedDocument(InputFile input, DocumentRecord record, Facts facts, PreviousRun.Pack reuse) {

    ExtractedDocument(InputFile input, DocumentRecord record, Facts facts) {
        this(input, record, facts, null);
    }
}
