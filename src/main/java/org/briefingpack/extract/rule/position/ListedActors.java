package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.model.Actor;

/**
 * The actors listed after a trigger ("hosted by", "the signatories were"): items split at commas, "and",
 * "as well as", semicolons; an item is a known actor, or (where names outside the gazetteer may sign or
 * pledge) a capitalised name of up to four words. The list ends at the end of the clause or at the first
 * item that is neither.
 */
final class ListedActors {

    private ListedActors() {}

    static List<Mention> after(
            AnnotatedSentence s, int fromToken, List<Mention> actors, boolean namesOutsideGazetteer) {
        List<Token> tokens = s.tokens();
        int end = tokens.size();
        for (int k = fromToken; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.punctuation('.') && k == tokens.size() - 1) {
                end = k;
                break;
            }
        }
        List<Mention> out = new ArrayList<>();
        int k = fromToken;
        while (k < end) {
            int itemEnd = k;
            while (itemEnd < end && !separator(tokens, itemEnd)) {
                itemEnd++;
            }
            int itemStart = k;
            // "the Netherlands", "the Abu Dhabi-based G42": qualifiers before the name
            for (int q = itemStart; q < itemEnd; q++) {
                if (tokens.get(q).lower().endsWith("-based")) {
                    itemStart = q + 1;
                }
            }
            while (itemStart < itemEnd && tokens.get(itemStart).is("the")) {
                itemStart++;
            }
            if (itemStart < itemEnd) {
                List<Mention> known = within(actors, itemStart, itemEnd);
                if (!known.isEmpty()
                        && known.get(0).first() == itemStart
                        && known.get(known.size() - 1).last() == itemEnd) {
                    out.addAll(known);
                } else if (namesOutsideGazetteer
                        && itemEnd - itemStart <= 4
                        && tokens.get(itemStart).upperCase()
                        && isName(tokens, itemStart, itemEnd)) {
                    String name = s.span(itemStart, itemEnd);
                    out.add(new Mention(
                            new Actor(name, null),
                            MentionKind.ORGANISATION,
                            itemStart,
                            itemEnd,
                            tokens.get(itemStart).start(),
                            tokens.get(itemEnd - 1).end()));
                } else if (!known.isEmpty() && out.isEmpty()) {
                    out.addAll(known);
                } else if (!out.isEmpty()) {
                    break;
                }
            }
            k = skipSeparator(tokens, itemEnd);
        }
        return out;
    }

    private static boolean separator(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.punctuation(',')
                || t.punctuation(';')
                || t.is("and")
                || t.is("to")
                || t.is("as")
                        && k + 2 < tokens.size()
                        && tokens.get(k + 1).is("well")
                        && tokens.get(k + 2).is("as");
    }

    private static int skipSeparator(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).is("as")) {
            return k + 3;
        }
        return k + 1;
    }

    private static List<Mention> within(List<Mention> actors, int first, int last) {
        return actors.stream()
                .filter(m -> m.first() >= first && m.last() <= last)
                .toList();
    }

    /** Capitalised words (digits, "&" and "of" allowed): a name. */
    private static boolean isName(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            Token t = tokens.get(k);
            if (t.word() && !t.capitalised() && !t.is("of")) {
                return false;
            }
            if (!t.word() && !t.text().equals("&") && !t.punctuation('-') && !t.punctuation('.')) {
                return false;
            }
        }
        return true;
    }
}
