package org.briefingpack.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.model.Count;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;

/** Turns what the rules found into the immutable facts records, each with its evidence quotes. */
public final class FactsAssembler {

    private FactsAssembler() {}

    /**
     * The event, or null when the document gives neither its name, its date nor its place. A story that never
     * names the gathering still has one where it met ("met in the Egyptian resort of ...", a wire story's dateline).
     */
    public static Event event(AnnotatedDocument document, Findings findings) {
        Findings.EventDraft e = findings.event;
        if (e.name == null && e.startDate == null && e.location == null) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        addOnce(evidence, e.nameSentence);
        addOnce(evidence, e.dateSentence);
        if (e.placeSentence != null
                && (e.nameSentence == null || !e.nameSentence.text().contains(e.location))) {
            addOnce(evidence, e.placeSentence);
        }
        if (evidence.isEmpty() && !document.sentences().isEmpty()) {
            evidence.add(new Evidence(document.sentences().get(0).text()));
        }
        return new Event(e.name, e.startDate, e.endDate, e.location, e.country, evidence);
    }

    private static void addOnce(List<Evidence> evidence, AnnotatedSentence sentence) {
        if (sentence != null && evidence.stream().noneMatch(q -> q.quote().equals(sentence.text()))) {
            evidence.add(new Evidence(sentence.text()));
        }
    }

    public static List<Outcome> outcomes(Findings findings) {
        List<Outcome> out = new ArrayList<>(findings.outcomes.size());
        String eventName = findings.event.name == null ? "" : findings.event.name.toLowerCase(Locale.ROOT);
        for (OutcomeDraft d : findings.outcomes) {
            String name = d.name.toLowerCase(Locale.ROOT);
            if (name.contains("parties to ") && eventName.contains(name)) {
                continue; // "Meeting of States Parties to the Reef Treaty": the treaty is older than the meeting
            }
            Money amount = d.money == null
                    ? null
                    : new Money(
                            d.money.figure().value(),
                            d.money.figure().currency(),
                            d.money.figure().text());
            Count count = d.count == null
                    ? null
                    : new Count(d.count.figure().value(), d.count.figure().unit());
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence(d.evidenceQuote != null ? d.evidenceQuote : d.sentence.text()));
            for (AnnotatedSentence also : d.alsoIn) {
                if (evidence.stream().noneMatch(q -> q.quote().equals(also.text()))) {
                    evidence.add(new Evidence(also.text()));
                }
            }
            out.add(new Outcome(d.type, d.name, List.copyOf(d.actors), amount, count, d.purpose, evidence));
        }
        return out;
    }
}
