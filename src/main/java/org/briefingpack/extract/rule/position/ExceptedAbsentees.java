package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Those left out of an act everyone else did: "the summit was attended by the leaders of all member states except
 * Tonga", "every member signed the pact apart from Samoa". The actors listed after the exception declined; the act is
 * being at the gathering ({@code attendance-phrases.tsv}) or a signing the stance triggers know, not negated.
 */
final class ExceptedAbsentees implements Rule {

    /** The roles of {@code lexicon/exception-words.tsv}. */
    enum Word {
        EXCEPTION,
        ALL
    }

    /** How far before the exception "all" may stand ("all Pacific island states except"), in tokens. */
    private static final int ALL_REACH = 6;

    private final StanceTriggers triggers;
    private final PhraseMatcher attendance;
    private final PhraseMatcher exceptions;
    private final Set<String> everyone;

    ExceptedAbsentees(StanceTriggers triggers, LexiconFile attendancePhrases, LexiconFile words) {
        this.triggers = triggers;
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : attendancePhrases.rows()) {
            entries.add(new String[] {row.text(0), row.text(0)});
        }
        this.attendance = new PhraseMatcher(entries, false);
        Map<Word, List<String>> byRole = words.phrasesByRole(Word.class);
        this.exceptions = PhraseMatcher.of(byRole.get(Word.EXCEPTION));
        this.everyone = Set.copyOf(byRole.get(Word.ALL));
    }

    static ExceptedAbsentees fromClasspath(StanceTriggers triggers) {
        return new ExceptedAbsentees(
                triggers, LexiconFile.read("attendance-phrases.tsv"), LexiconFile.read("exception-words.tsv"));
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (s.mentions().isEmpty()) {
                continue;
            }
            List<PhraseMatcher.Hit> cues = exceptions.find(s.tokens());
            if (cues.isEmpty()) {
                continue;
            }
            PhraseMatcher.Hit cue = cues.get(0);
            if (!allBefore(s.tokens(), cue.first())) {
                continue;
            }
            String subject;
            if (!attendance.find(s.tokens()).isEmpty()) {
                subject = findings.event.name;
            } else if (signed(s)) {
                subject = IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index());
            } else {
                continue;
            }
            for (Mention m : ListedActors.after(s, cue.last(), s.mentions(), false)) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(m.actor(), Stance.DECLINED, subject, List.of(), Evidence.of(s.text())));
            }
        }
    }

    /** "all" or "every" within a few words before the exception, with no clause break between. */
    private boolean allBefore(List<Token> tokens, int cue) {
        for (int k = cue - 1; k >= 0 && k >= cue - ALL_REACH; k--) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.punctuation(':') || t.punctuation('.')) {
                return false;
            }
            if (everyone.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A signing the stance triggers know, neither negated nor hedged ("all members signed"). */
    private boolean signed(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
            if (triggers.of(hit).stance() == Stance.SIGNED
                    && !Grammar.negatedBefore(tokens, hit.first())
                    && !Grammar.hedgedBefore(tokens, hit.first())) {
                return true;
            }
        }
        return false;
    }
}
