package org.briefingpack.corroborate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.SentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.links.LinkCheck;
import org.briefingpack.links.LinkFetcher;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;

/**
 * Fetches a document's resource links, reads each page that answered (HTML, PDF, plain text) for its own
 * facts ({@code links[].read}), and marks the document's facts that the pages corroborate or contradict.
 * With fetching off the facts come back unchanged. Thread-safe: one instance serves every document.
 */
public final class ResourcePages {

    private final LinkFetcher fetcher;
    private final boolean fetch;
    private final PageReader pages;
    private final Corroborator corroborator;

    /**
     * @param fetch     {@code briefing.links.fetch}: off, no link is requested or read
     * @param reader    the reader of input files, used for pages as they are
     * @param extractor the extractor of input files
     * @param sentences for quoting the page sentence a figure stands in
     */
    public ResourcePages(
            LinkFetcher fetcher,
            boolean fetch,
            DocumentReader reader,
            FactsExtractor extractor,
            SentenceSplitter sentences) {
        this.fetcher = fetcher;
        this.fetch = fetch;
        this.pages = new PageReader(reader, extractor);
        this.corroborator = new Corroborator(sentences);
    }

    public Facts read(Facts facts) {
        if (!fetch || facts.links().isEmpty()) {
            return facts;
        }
        List<LinkCheck> checks = fetcher.check(facts.links());
        Map<String, ReadPage> byUrl = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<Link> links = new ArrayList<>(facts.links().size());
        for (int i = 0; i < facts.links().size(); i++) {
            Link link = facts.links().get(i);
            LinkCheck check = checks.get(i);
            if (link == null || check == null) {
                links.add(link);
                continue;
            }
            // the same page twice in one document is read once
            ReadPage page = byUrl.computeIfAbsent(link.target(), url -> pages.read(check));
            if (page.text() != null) {
                texts.put(link.target(), page.text());
            }
            links.add(check.onto(link).withRead(page.read()));
        }
        return corroborator.apply(facts.withLinks(links), texts);
    }
}
