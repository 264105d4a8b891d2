package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.lexicon.WordSets;

/**
 * Noun-phrase chunks from part-of-speech tags: determiners, numbers, adjectives and nouns up to the last
 * noun ("the new climate finance goal"), a possessive joining its owner ("Egypt's reconstruction plan"),
 * and proper names joined by "of", "for", "on", "and", "&amp;" or "the" ("Partnership for Global
 * Infrastructure and Investment").
 */
final class NounChunker {

    private static final Set<String> POSSESSIVE_PRONOUNS =
            WordSets.of("its", "their", "his", "her", "our", "my", "your");
    private static final Set<String> NAME_JOINERS = WordSets.of("of", "for", "on", "and", "&", "the", "to", "in");

    private NounChunker() {}

    static List<Chunk> chunks(List<Token> tokens) {
        List<Chunk> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!canStart(tokens.get(i))) {
                i++;
                continue;
            }
            int k = i;
            int lastNominal = -1;
            boolean proper = false;
            while (k < n) {
                Token t = tokens.get(k);
                if (inside(t)) {
                    if (t.tag().nominal() || t.tag() == Tag.NUM) {
                        lastNominal = k;
                        proper |= t.tag() == Tag.PROPN;
                    }
                    k++;
                } else if (isPossessive(t) && lastNominal == k - 1) {
                    k++;
                } else if (t.punctuation('-') && k + 1 < n && k > i && inside(tokens.get(k + 1))) {
                    k++;
                } else if (lastNominal == k - 1
                        && tokens.get(lastNominal).tag() == Tag.PROPN
                        && NAME_JOINERS.contains(t.lower())
                        && joinsName(tokens, k)) {
                    k++;
                } else {
                    break;
                }
            }
            if (lastNominal >= i) {
                out.add(new Chunk(i, lastNominal + 1, lastNominal, proper));
                i = lastNominal + 1;
            } else {
                i = Math.max(k, i + 1);
            }
        }
        return out;
    }

    /** "for Global Infrastructure", "of the Future": a joiner followed (after "the") by a proper noun. */
    private static boolean joinsName(List<Token> tokens, int k) {
        int next = k + 1;
        if (next < tokens.size() && tokens.get(next).is("the") && !tokens.get(k).is("the")) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).tag() == Tag.PROPN;
    }

    private static boolean canStart(Token t) {
        return t.tag() == Tag.DET || inside(t);
    }

    private static boolean inside(Token t) {
        return switch (t.tag()) {
            case DET, NUM, ADJ, NOUN, PROPN -> true;
            case PRON -> POSSESSIVE_PRONOUNS.contains(t.lower());
            default -> false;
        };
    }

    private static boolean isPossessive(Token t) {
        return t.possessiveMark() || t.text().equals("'") || t.text().equals("’");
    }
}
