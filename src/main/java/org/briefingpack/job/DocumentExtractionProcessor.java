package org.briefingpack.job;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.briefingpack.corroborate.ResourcePages;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.FactsLimits;
import org.briefingpack.ingest.DocumentFormat;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.ingest.UnreadableDocumentException;
import org.briefingpack.io.Sha256;
import org.briefingpack.links.LinkCheck;
import org.briefingpack.links.LinkFetcher;
import org.briefingpack.links.LinkStatus;
import org.briefingpack.model.Facts;
import org.briefingpack.reuse.PreviousRun;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input file (or fetches the page an input link names), extracts its facts and, for a file, reads its
 * resource links for theirs (when {@code briefing.links.fetch} is on), marking what they corroborate or
 * contradict. A file that cannot be read, or whose extraction fails, is thrown out as a
 * {@link DocumentNotPackedException} carrying its skipped or failed record: the step skips it and goes on.
 */
class DocumentExtractionProcessor implements ItemProcessor<InputFile, ExtractedDocument> {

    private static final Logger log = LoggerFactory.getLogger(DocumentExtractionProcessor.class);

    private final DocumentReader reader;
    private final FactsExtractor extractor;
    private final LinkFetcher linkFetcher;
    private final ResourcePages resources;
    private final PreviousRun previous;

    /**
     * @param linkFetcher fetches the pages that are inputs ({@code .url}, {@code .links})
     * @param resources   reads an input file's resource links and corroborates its facts with them
     * @param previous    the last completed run whose unchanged packs may be reused ({@link PreviousRun#none()}: none)
     */
    DocumentExtractionProcessor(
            DocumentReader reader,
            FactsExtractor extractor,
            LinkFetcher linkFetcher,
            ResourcePages resources,
            PreviousRun previous) {
        this.reader = reader;
        this.extractor = extractor;
        this.linkFetcher = linkFetcher;
        this.resources = resources;
        this.previous = previous;
    }

    @Override
    public ExtractedDocument process(InputFile input) {
        long started = System.nanoTime();
        if (input.refusal() != null) {
            throw skip(input, input.refusal(), started);
        }
        if (input.url() != null) {
            return processPage(input, started);
        }
        if (DocumentFormat.of(input.path()).isEmpty()) {
            throw skip(
                    input,
                    "unsupported file type" + extensionOf(input.fileName()) + " (briefing-pack reads "
                            + DocumentFormat.SUPPORTED.replace(" or ", " and ") + ")",
                    started);
        }
        Optional<ExtractedDocument> reused = reuse(input, fileSha256(input), started);
        if (reused.isPresent()) {
            return reused.get();
        }
        SourceDocument document;
        try {
            document = reader.read(input.path());
        } catch (UnreadableDocumentException e) {
            throw skip(input, e.getMessage(), started);
        }
        return pack(input, document, resources::read, List.of(), started);
    }

    /**
     * A page named by a link file: fetched (through the link fetcher's guard, robots rules, per-host limit
     * and cache), read like an HTML input, and packed with its URL and fetch time in {@code document}. The
     * page's own links are listed, not checked: a web page links to its whole site.
     */
    private ExtractedDocument processPage(InputFile input, long started) {
        if (!linkFetcher.fetching()) {
            throw skip(input, "not fetched: briefing.links.fetch is false", started);
        }
        LinkCheck page = linkFetcher.read(input.url());
        if (!LinkStatus.isOk(page.status())) {
            throw skip(input, "could not be fetched: " + page.status(), started);
        }
        Optional<ExtractedDocument> reused = reuse(input, Sha256.hex(page.body()), started);
        if (reused.isPresent()) {
            return reused.get();
        }
        SourceDocument document;
        try {
            document = reader.readPage(page.body(), page.contentType(), input.folder(), input.fileName());
        } catch (UnreadableDocumentException e) {
            throw skip(input, e.problem(), started);
        }
        List<String> notes = new ArrayList<>();
        if (page.redirected()) {
            notes.add("the address redirected to " + page.finalUrl());
        }
        if (page.truncated()) {
            notes.add("only the first " + page.bodyBytes()
                    + " bytes of the page were read (briefing.links.max-body-size)");
        }
        return pack(
                input,
                document,
                facts -> facts.withDocument(facts.document().fetchedFrom(input.url(), page.fetchedAt())),
                notes,
                started);
    }

    /** Extracts a document read, finishes its facts ({@code finish}), and makes its record. */
    private ExtractedDocument pack(
            InputFile input, SourceDocument document, UnaryOperator<Facts> finish, List<String> notes, long started) {
        // an encoding guess or a removed character is worth a line in the log, not only in the run report
        document.warnings().forEach(warning -> log.warn("{}: {}", input.label(), warning));
        try {
            // Link checks never throw: an offline or failing link only gets its status, a page that cannot be
            // read its reason. One hostile document must not make a 250-page pack: quotes, names and lists within
            // bounds.
            FactsLimits.Capped capped = FactsLimits.cap(extractor.extract(document));
            Facts facts = finish.apply(capped.facts());
            List<String> warnings = new ArrayList<>(notes);
            warnings.addAll(warnings(document, capped.warnings(), facts));
            DocumentRecord record = new DocumentRecord(
                    input.label(),
                    input.key(),
                    input.folder(),
                    facts.document().id(),
                    document.sha256(),
                    DocumentStatus.PACKED,
                    null,
                    document.encoding(),
                    warnings,
                    found(facts),
                    Elapsed.millisSince(started),
                    null,
                    List.of(),
                    List.of());
            return new ExtractedDocument(input, record, facts);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = "extraction failed: " + Failures.describe(e);
            log.error("{}: {}", input.label(), reason, e);
            DocumentRecord record = new DocumentRecord(
                    input.label(),
                    input.key(),
                    input.folder(),
                    document.id(),
                    document.sha256(),
                    DocumentStatus.FAILED,
                    reason,
                    document.encoding(),
                    document.warnings(),
                    Map.of(),
                    Elapsed.millisSince(started),
                    null,
                    List.of(),
                    List.of());
            throw new DocumentNotPackedException(input.key(), record, reason);
        }
    }

    /** An unchanged document (same bytes as in the last run, same fingerprint): its earlier pack, taken over. */
    private Optional<ExtractedDocument> reuse(InputFile input, String sha256, long started) {
        if (previous.runId() == null || sha256 == null) {
            return Optional.empty();
        }
        return previous.pack(input.label(), sha256).map(pack -> {
            RunReport.DocumentEntry entry = pack.entry();
            DocumentRecord record = new DocumentRecord(
                    input.label(),
                    input.key(),
                    input.folder(),
                    entry.id(),
                    sha256,
                    DocumentStatus.PACKED,
                    null,
                    entry.encoding(),
                    entry.warnings(),
                    entry.found(),
                    Elapsed.millisSince(started),
                    pack.runId(),
                    List.of(),
                    List.of());
            return new ExtractedDocument(input, record, null, pack);
        });
    }

    /** The input file's SHA-256, streamed (a file too large to read is refused by the reader, not loaded here). */
    private String fileSha256(InputFile input) {
        if (previous.runId() == null) {
            return null;
        }
        try {
            return Sha256.hex(input.path());
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static DocumentNotPackedException skip(InputFile input, String reason, long started) {
        return new DocumentNotPackedException(
                input.key(), DocumentRecord.skipped(input, reason, Elapsed.millisSince(started)), reason);
    }

    private static List<String> warnings(SourceDocument document, List<String> limits, Facts facts) {
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(limits);
        if (facts.isEmpty()) {
            warnings.add("no facts found: the pack says so");
        }
        return warnings;
    }

    private static Map<String, Integer> found(Facts facts) {
        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("themes", facts.themes().size());
        found.put("outcomes", facts.outcomes().size());
        found.put("positions", facts.positions().size());
        found.put("figures", facts.figures().size());
        found.put("links", facts.links().size());
        return found;
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? " '." + fileName.substring(dot + 1).toLowerCase(Locale.ROOT) + "'" : " (no extension)";
    }
}
