package org.briefingpack.extract.rule.position;

import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Who voted how, named beside a recorded vote's sides: "98 in favour to 7 against (Chile, Kenya), with 30
 * abstentions (Peru)", or in the lists of a meeting record ("Against: Chile, Kenya."). Votes for a text support it,
 * votes against oppose it, and an abstention declines it, as "abstained" does.
 */
final class VoteSides implements Rule {

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            String text = s.text();
            if (!text.contains("against")
                    && !text.contains("Against")
                    && !text.contains("avour")
                    && !text.contains("avor")
                    && !text.contains("bstain")
                    && !text.contains("bstention")) {
                continue; // the side's own words first: most sentences record no vote
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Stance stance = sideAt(tokens, k);
                if (stance == null || k + 1 >= tokens.size()) {
                    continue;
                }
                Token next = tokens.get(k + 1);
                if (next.punctuation('(')) {
                    int close = k + 2;
                    while (close < tokens.size() && !tokens.get(close).punctuation(')')) {
                        close++;
                    }
                    for (Mention m : s.mentionsBetween(k + 2, close)) {
                        add(findings, m, stance, s);
                    }
                    k = close;
                } else if (next.punctuation(':') && listHead(tokens, k)) {
                    for (Mention m : ListedActors.after(s, k + 2, s.mentions(), false)) {
                        add(findings, m, stance, s);
                    }
                }
            }
        }
    }

    /**
     * The side a vote's word at k names: "against", "in favour", "abstentions" right after a number, or a list's
     * head ("Against:"); null for any other token.
     */
    private static Stance sideAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean afterNumber = counted(tokens, k - 1);
        boolean inFavour =
                (t.is("favour") || t.is("favor")) && k > 0 && tokens.get(k - 1).is("in");
        boolean head = k + 1 < tokens.size() && tokens.get(k + 1).punctuation(':') && listHead(tokens, k);
        if (inFavour && (head || counted(tokens, k - 2))) {
            return Stance.SUPPORTS;
        }
        if (t.is("against") && (afterNumber || head)) {
            return Stance.OPPOSES;
        }
        if ((t.is("abstentions") || t.is("abstaining") || t.is("abstention")) && (afterNumber || head)) {
            return Stance.DECLINED;
        }
        return null;
    }

    /** A number at j, or "votes" after one ("120 votes in favour"). */
    private static boolean counted(List<Token> tokens, int j) {
        if (j < 0) {
            return false;
        }
        if (tokens.get(j).tag() == Tag.NUM) {
            return true;
        }
        return (tokens.get(j).is("votes") || tokens.get(j).is("vote"))
                && j > 0
                && tokens.get(j - 1).tag() == Tag.NUM;
    }

    /** "Against:" at the start of a sentence or line: the head of a list of voters, not a word in a clause. */
    private static boolean listHead(List<Token> tokens, int k) {
        int first = tokens.get(k).is("favour") || tokens.get(k).is("favor") ? k - 1 : k;
        return first == 0
                || tokens.get(first - 1).punctuation(';')
                || tokens.get(first - 1).punctuation('.');
    }

    private static void add(Findings findings, Mention m, Stance stance, AnnotatedSentence s) {
        Positions.addUnlessKnown(
                findings.positions, new Position(m.actor(), stance, null, List.of(), Evidence.of(s.text())));
    }
}
