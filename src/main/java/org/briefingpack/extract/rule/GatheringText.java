package org.briefingpack.extract.rule;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;

/**
 * A gathering's own text as a story writes it without its name: "the declaration", "the group's final communique",
 * "the leaders' statement". One reading for the rule that makes it an outcome and the rule that gives its stance.
 */
public final class GatheringText {

    /** What a word does in such a phrase, as {@code gathering-text-words.tsv} lists it. */
    enum Role {
        DOCUMENT,
        MODIFIER,
        OWNER,
        SIGNER
    }

    /**
     * The phrase around a document noun: its first word after any owner, the owner ("group", "leaders") or null,
     * the determiner's index (-1 where the phrase opens the sentence), and whether the owner is one whose text is a
     * joint one however it is called ("the leaders' statement").
     */
    public record Phrase(int first, int noun, Token owner, int determiner, boolean signed) {

        /** "Leaders' " for a signed text, else "". */
        public String signerPrefix() {
            String o = owner == null ? "" : owner.lower();
            return signed ? Character.toUpperCase(o.charAt(0)) + o.substring(1) + "' " : "";
        }

        public boolean modified() {
            return first < noun;
        }
    }

    private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);

    /** A name {@link Phrase#signerPrefix()} gives: "Leaders' statement", "Ministers' joint communique". */
    private final Pattern signedName;

    GatheringText(LexiconFile rows) {
        for (Role role : Role.values()) {
            words.put(role, new HashSet<>());
        }
        for (LexiconRow row : rows.rows()) {
            words.get(row.choice(0, Role.class)).add(row.text(1).toLowerCase(Locale.ROOT));
        }
        signedName = Pattern.compile("(?i)(?:" + alternatives(Role.SIGNER) + ")['’] (?:(?:"
                + alternatives(Role.MODIFIER) + ") )*(?:" + alternatives(Role.DOCUMENT) + ")");
    }

    private String alternatives(Role role) {
        return words.get(role).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Whether {@code name} is one a signed phrase was given: "Leaders' statement". */
    public boolean isSignedName(String name) {
        return signedName.matcher(name).matches();
    }

    public static GatheringText fromClasspath() {
        return new GatheringText(LexiconFile.read("gathering-text-words.tsv"));
    }

    public boolean isDocument(Token t) {
        return words.get(Role.DOCUMENT).contains(t.lower());
    }

    /** The phrase whose head is token {@code noun}, or null where that token is no document noun. */
    public Phrase at(List<Token> tokens, int noun) {
        if (!isDocument(tokens.get(noun))) {
            return null;
        }
        int first = noun;
        while (first > 0
                && words.get(Role.MODIFIER).contains(tokens.get(first - 1).lower())) {
            first--;
        }
        Token owner = owner(tokens, first);
        boolean signed = owner != null && words.get(Role.SIGNER).contains(owner.lower());
        return new Phrase(first, noun, owner, owner == null ? first - 1 : first - 3, signed);
    }

    /** "the group's declaration", "the leaders’ statement": the owner's word before the document, or null. */
    private Token owner(List<Token> tokens, int first) {
        if (first < 3) {
            return null;
        }
        Token mark = tokens.get(first - 1);
        Token owner = tokens.get(first - 2);
        boolean possessive =
                mark.possessiveMark() || mark.quoteMark() && owner.lower().endsWith("s");
        boolean known = words.get(Role.OWNER).contains(owner.lower())
                || words.get(Role.SIGNER).contains(owner.lower());
        return possessive && known && tokens.get(first - 3).is("the") ? owner : null;
    }
}
