package org.briefingpack.extract.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;

/**
 * A gathering named as another than the story's: "the Coral Forum", "the 11th summit" in a story of the 12th
 * Reef Summit. Its host and its day are not the story's gathering's.
 */
public final class OtherGatherings {

    /** How many words may qualify a gathering's noun before it ("the special Coral-Ocean summit"). */
    private static final int QUALIFIERS = 3;

    private static final Pattern ORDINAL = Pattern.compile("\\b\\d+(?:st|nd|rd|th)\\b");

    private static final Set<String> DETERMINERS = WordSets.of("the", "a", "an", "its", "their", "this", "that");

    /** What may stand in a gathering's noun phrase before the noun. */
    private static final Set<Tag> MODIFIERS = EnumSet.of(Tag.ADJ, Tag.PROPN, Tag.NOUN, Tag.NUM);

    private OtherGatherings() {}

    /**
     * Whether the words before the gathering's noun at token {@code noun} qualify it with a capitalised word or an
     * ordinal, none of which the event's name holds. A place qualifies no gathering ("the Suva summit" is where it
     * met), and a shared word makes it a part of the story's one ("the Reef Youth Day event" at the Reef
     * Summit).
     */
    public static boolean namedBefore(AnnotatedSentence s, int noun, String eventName) {
        if (eventName == null) {
            return false;
        }
        String name = eventName.toLowerCase(Locale.ROOT);
        List<Token> tokens = s.tokens();
        boolean qualified = false;
        for (int q = noun - 1; q >= 0 && q >= noun - QUALIFIERS; q--) {
            Token t = tokens.get(q);
            if (!MODIFIERS.contains(t.tag()) || DETERMINERS.contains(t.lower())) {
                break; // "held talks on 12 May": a verb ends the noun's phrase
            }
            boolean named = t.upperCase() && q > 0; // not a capital that opens the sentence
            // an ordinal tells another edition only against the edition the event's name gives ("the 11th summit"
            // in a story of the 12th Reef Summit); "the 42nd forum" of a story that names no edition is its own
            boolean edition =
                    ORDINAL.matcher(t.text()).matches() && ORDINAL.matcher(name).find();
            if (!named && !edition || inAPlace(s, q)) {
                continue; // "the special summit", "the Suva summit"
            }
            if (name.contains(t.lower())) {
                return false;
            }
            qualified = true;
        }
        return qualified;
    }

    private static boolean inAPlace(AnnotatedSentence s, int k) {
        for (Place p : s.places()) {
            if (p.first() <= k && k < p.last()) {
                return true;
            }
        }
        return false;
    }
}
