package org.briefingpack.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the template shows, already formatted for people: the template only places strings, it never
 * formats or decides. Lists are empty (never null) where the facts have nothing, so each section can be
 * left out with a plain {@code th:if}.
 *
 * @param title          document title (event name and a suffix), also the PDF metadata title
 * @param runningHeader  the event name (or document) printed atop every page but the first
 * @param language       BCP 47 language of the document
 * @param author         metadata author
 * @param subject        metadata subject (the one-line summary)
 * @param keywords       metadata keywords, comma separated
 * @param classification line printed on the cover and every page, empty when none
 * @param empty          true when extraction found nothing; the pack then says so plainly
 * @param titles         section headings by section id
 * @param sections       the sections present, in order, for the outline (bookmarks)
 */
record BriefingView(
        String title,
        String runningHeader,
        String language,
        String author,
        String subject,
        String keywords,
        String classification,
        boolean empty,
        Map<String, String> titles,
        List<Section> sections,
        Cover cover,
        List<KeyFigure> keyFigures,
        List<ThemeRow> themes,
        List<OutcomeRow> outcomes,
        List<StanceGroup> positionGroups,
        List<ChartView> charts,
        List<Disagreement> disagreements,
        List<FurtherOutcome> further,
        List<LinkRow> links,
        List<Note> notes,
        SourceInfo source) {

    /** Key figures laid out in rows: three across, or two across when there are four (a 2×2 block). */
    public List<List<KeyFigure>> keyFigureRows() {
        int columns = keyFigureColumns();
        List<List<KeyFigure>> rows = new ArrayList<>();
        for (int i = 0; i < keyFigures.size(); i += columns) {
            rows.add(List.copyOf(keyFigures.subList(i, Math.min(keyFigures.size(), i + columns))));
        }
        return rows;
    }

    /** Whether any outcome states a purpose; the table leaves a column of dashes out. */
    public boolean anyPurpose() {
        return outcomes.stream().anyMatch(o -> !o.purpose().equals(BriefingViewFactory.NONE));
    }

    public int keyFigureColumns() {
        int n = keyFigures.size();
        return n == 4 ? 2 : Math.max(1, Math.min(3, n));
    }

    /** A section of the briefing: its anchor id and its heading, as the outline shows it. */
    record Section(String id, String title) {}

    /**
     * The cover block. Blank strings are left out by the template.
     *
     * @param notes evidence note numbers for the event
     */
    record Cover(String eventName, String dates, String place, String summary, String generated, List<Integer> notes) {}

    /** A headline number: "$400 million" or "91" with its unit ("partners"), and what it belongs to. */
    record KeyFigure(String value, String unit, String label) {}

    record ThemeRow(String text, List<Integer> notes) {}

    /**
     * One outcome table row; empty cells hold a dash so nothing reads "null".
     *
     * @param sources "2 sources" when resource pages state it too, empty otherwise
     */
    record OutcomeRow(
            String type,
            String name,
            String who,
            String amount,
            String members,
            String purpose,
            List<Integer> notes,
            String sources) {}

    /** Positions sharing a stance, under one heading. */
    record StanceGroup(String stance, String heading, List<PositionRow> rows) {
        /** Whether any row names a subject; a column of dashes only is left out. */
        public boolean anySubject() {
            return rows.stream().anyMatch(r -> !r.subject().equals(BriefingViewFactory.NONE));
        }

        public boolean anyReasons() {
            return rows.stream().anyMatch(r -> !r.reasons().equals(BriefingViewFactory.NONE));
        }
    }

    /** @param sources "2 sources" when resource pages state it too, empty otherwise */
    record PositionRow(String actor, String subject, String reasons, List<Integer> notes, String sources) {}

    /**
     * A chart image with its caption.
     *
     * @param src relative to the document folder ({@code charts/funding.png})
     */
    record ChartView(String name, String title, String caption, String src, int widthPx, int heightPx) {}

    /**
     * A resource link.
     *
     * @param href   the address the link opens; empty when it is not a web address (shown as text only)
     * @param text   what the reader sees: the page title once fetched, else the address
     * @param address the address shown under a title (empty when the text already is the address)
     */
    record LinkRow(String href, String text, String address, String host, String status, String contributed) {}

    /**
     * A fact a resource page states otherwise: both values, both quotes, both sources.
     *
     * @param fact        what the fact is ("Current AI Initiative: amount")
     * @param ours        the document's value
     * @param ourQuote    the document's sentence
     * @param ourSource   the document's file name
     * @param theirs      the page's value
     * @param theirQuote  the page's sentence
     * @param theirSource the page's address
     */
    record Disagreement(
            String fact,
            String ours,
            String ourQuote,
            String ourSource,
            String theirs,
            String theirQuote,
            String theirSource) {}

    /** An outcome a resource page states and the document does not, with the page's sentence and address. */
    record FurtherOutcome(String type, String name, String detail, String quote, String href, String host) {}

    /** A numbered evidence note: the quote and what it supports. */
    record Note(int number, String quote, String supports, String page) {}

    /** The source document, for the cover and the method notes. */
    record SourceInfo(String file, String sha256, String sha256Short, String characters) {}
}
