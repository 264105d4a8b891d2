package org.briefingpack.job;

import org.briefingpack.model.Facts;

/** The extract step's result for one input file: its ledger record and, when it was read, its facts. */
record ExtractedDocument(InputFile input, DocumentRecord record, Facts facts) {
}
