package org.briefingpack.extract.rule.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.OutcomeType;

/**
 * "a declaration known as the Lima Compact", "a report entitled “State of the Coasts”": the name is what
 * follows the cue; its own keyword gives the type, else the generic noun before the cue does.
 */
final class NamingCue implements OutcomeFinder {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What may stand between a text and its naming cue: "a deal, dubbed ...", "the Declaration - titled ...". */
    private static final Pattern DASHES_AND_COMMAS = Pattern.compile("[,\\-\u2010\u2011\u2013\u2014]");

    private final PhraseMatcher cues;
    /** Verbs whose object is an outcome ("launched", "unveiled"): the one-word triggers of outcome-triggers.tsv. */
    private final Set<String> outcomeVerbs;

    NamingCue(List<String> cues, Set<String> outcomeVerbs) {
        this.cues = PhraseMatcher.of(cues);
        this.outcomeVerbs = WordSets.copyOf(outcomeVerbs);
    }

    static NamingCue fromClasspath() {
        Set<String> verbs = new HashSet<>();
        for (LexiconRow row : LexiconFile.read("outcome-triggers.tsv").rows()) {
            if (!row.text(0).contains(" ")) {
                verbs.add(row.text(0).toLowerCase(Locale.ROOT));
            }
        }
        return new NamingCue(LexiconFile.read("naming-cues.txt").words(), verbs);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<PhraseMatcher.Hit> hits = cues.find(scope.tokens());
        if (hits.isEmpty()) {
            return;
        }
        String text = scope.text();
        for (OutcomeDraft d : scope.drafts) {
            if (d.name == null) {
                continue;
            }
            for (PhraseMatcher.Hit cue : hits) {
                // "a declaration known as ...", "a deal, dubbed ...": nothing but a comma between
                if (cue.start() <= d.start
                        || cue.start() > d.end + 3
                        || !DASHES_AND_COMMAS
                                        .matcher(text.substring(d.end, Math.max(d.end, cue.start())))
                                        .replaceAll("")
                                        .isBlank()
                                && cue.start() > d.end) {
                    continue;
                }
                OutcomeNames.Phrase p = scope.names.after(scope.sentence, cue.end(), scope.money);
                if (p == null || !(p.capitalised() || p.quoted())) {
                    continue;
                }
                String generic = d.name;
                int cut = generic.toLowerCase(Locale.ROOT).indexOf(cue.phrase().toLowerCase(Locale.ROOT));
                if (cut > 0) {
                    generic = generic.substring(0, cut).strip();
                }
                OutcomeType own = p.quoted() ? QuotedTitleOutcome.typeAfterQuote(scope, p.end()) : null;
                if (own == null) {
                    own = scope.types().typeOf(p.text());
                }
                d.fixedType = own != null
                        ? own
                        : d.fixedType != null ? d.fixedType : scope.types().typeOf(generic);
                d.name = p.text();
                d.end = Math.max(d.end, p.end());
                break;
            }
        }
        for (PhraseMatcher.Hit cue : hits) {
            genericNounBefore(scope, cue);
        }
    }

    /**
     * "struck a deal, dubbed the Accra Accord," where no rule drafted "a deal": an outcome keyword right before
     * the cue (a comma between at most) makes the capitalised name after it an outcome.
     */
    private void genericNounBefore(OutcomeScope scope, PhraseMatcher.Hit cue) {
        List<Token> tokens = scope.tokens();
        int k = cue.first() - 1;
        boolean dashed = k >= 0 && tokens.get(k).dash();
        if (k >= 0 && (tokens.get(k).punctuation(',') || dashed)) {
            k--;
        }
        if (k < 0) {
            return;
        }
        // "a declaration, dubbed ...", "the outcome document, nicknamed ...": one keyword or two
        boolean keyword = (tokens.get(k).tag() == Tag.NOUN || tokens.get(k).tag() == Tag.PROPN)
                && (scope.types().typeOf(tokens.get(k).lower()) != null
                        || k > 0 && scope.types().typeOf(scope.sentence.span(k - 1, k + 1)) != null);
        // "Norway launched what it called the Blue Skills Initiative": the verb's object is the name
        boolean verbsObject =
                outcomeVerbs.contains(tokens.get(k).lower()) && cue.phrase().startsWith("what");
        if (!keyword && !verbsObject) {
            return;
        }
        OutcomeNames.Phrase p = scope.names.after(scope.sentence, cue.end(), scope.money);
        if (p == null || !p.capitalised() || scope.overlaps(p.start(), p.end())) {
            return;
        }
        OutcomeType own = scope.types().typeOf(p.text());
        // "the Declaration - titled “United for Reefs” - ...": a text named before, its title given now; the
        // keyword stays so that the earlier mention ("a political declaration") joins it
        boolean reference = dashed
                && keyword
                && p.quoted()
                && own == null
                && k > 0
                && tokens.get(k - 1).is("the");
        String title = SPACES.matcher(p.text()).replaceAll(" ");
        OutcomeDraft d = new OutcomeDraft(
                reference ? tokens.get(k).text() + " " + title : p.text(),
                tokens.get(k).start(),
                p.end());
        if (reference) {
            d.laterTitle = title;
        }
        OutcomeType generic = scope.types().typeOf(tokens.get(k).lower());
        if (generic == null && k > 0) {
            generic = scope.types().typeOf(scope.sentence.span(k - 1, k + 1));
        }
        d.fixedType = own != null ? own : keyword ? generic : OutcomeType.OTHER;
        scope.drafts.add(d);
    }
}
