package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PartKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A statement whose heading names its authors ("Statement by Oxfam, CARE International and the Norwegian
 * Refugee Council on the pledging conference:"): where its text says "We welcome ...", "We support ...", each
 * author takes that stance. Only a "we" right before the trigger, and only below such a heading near the top.
 * A joint statement (the heading says "joint statement", or the headline above it does) was signed by each of
 * its authors.
 */
final class StatementAuthors implements Rule {

    /** How many sentences from the top the heading may stand in (after a headline and a standfirst). */
    private static final int HEADER_WITHIN = 3;

    private final StanceTriggers triggers;
    private final PhraseMatcher headers;

    StatementAuthors(StanceTriggers triggers, List<String> headers) {
        this.triggers = triggers;
        this.headers = PhraseMatcher.of(headers);
    }

    static StatementAuthors fromClasspath(StanceTriggers triggers) {
        return new StatementAuthors(
                triggers, LexiconFile.read("statement-headers.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        List<Mention> authors = List.of();
        int header = -1;
        boolean joint = false;
        for (int i = 0; i < Math.min(sentences.size(), HEADER_WITHIN) && authors.isEmpty(); i++) {
            AnnotatedSentence s = sentences.get(i);
            for (PhraseMatcher.Hit hit : headers.find(s.tokens())) {
                if (hit.first() == 0) {
                    authors = ListedActors.after(s, hit.last(), s.mentions(), true);
                    header = i;
                    joint = hit.phrase().toLowerCase(Locale.ROOT).contains("joint")
                            || jointStatementTitle(sentences, i);
                }
            }
        }
        if (authors.size() < 2) {
            return; // one author speaks for itself; its "we" is read as any speaker's
        }
        if (joint) {
            // "Joint statement by Kenya, Chile, Norway and ...": each author signed it
            String title = sentences.get(0).plain();
            for (Mention m : authors) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(
                                m.actor(),
                                Stance.SIGNED,
                                title,
                                List.of(),
                                Evidence.of(sentences.get(header).text())));
            }
        }
        for (int i = header + 1; i < sentences.size(); i++) {
            AnnotatedSentence s = sentences.get(i);
            List<Token> tokens = s.tokens();
            for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
                StanceTriggers.Trigger trigger = triggers.of(hit);
                if (trigger.mode() != StanceMode.BEFORE || !ourOwn(tokens, hit) || s.quoted(hit.start())) {
                    // "'We welcome the fund,' Peru's minister said": a speaker's "we" in quotes is the speaker's
                    continue;
                }
                for (Mention m : authors) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), trigger.stance(), null, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /** A headline above the header that calls the text a joint statement. */
    private static boolean jointStatementTitle(List<AnnotatedSentence> sentences, int header) {
        for (int i = 0; i < header; i++) {
            if (sentences.get(i).part() == PartKind.HEADLINE
                    && sentences.get(i).plain().toLowerCase(Locale.ROOT).contains("joint statement")) {
                return true;
            }
        }
        return false;
    }

    /** "We welcome", "We also strongly support", or a trigger that itself opens with "we": not negated. */
    private static boolean ourOwn(List<Token> tokens, PhraseMatcher.Hit hit) {
        if (tokens.get(hit.first()).is("we")) {
            return true;
        }
        int k = hit.first() - 1;
        while (k >= 0 && tokens.get(k).word() && tokens.get(k).lower().endsWith("ly")
                || k >= 0 && tokens.get(k).is("also")) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("we") && !Grammar.negatedBefore(tokens, hit.first());
    }
}
