package org.briefingpack.extract.rule;

import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;

/** The rules of extraction in the order they run; each sees what the ones before it found. Thread-safe. */
public final class RuleEngine {

    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Findings run(AnnotatedDocument document) {
        Findings findings = new Findings();
        for (Rule rule : rules) {
            rule.apply(document, findings);
        }
        return findings;
    }

    public List<Rule> rules() {
        return rules;
    }
}
