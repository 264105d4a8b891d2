package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.model.FigureKind;

/**
 * The actors listed after a trigger ("hosted by", "the signatories were"): items split at commas, "and",
 * "as well as", semicolons; an item is a known actor, or (where names outside the gazetteer may sign or
 * pledge) a capitalised name of up to four words. The list ends at the end of the clause or at the first
 * item that is neither.
 */
final class ListedActors {

    /** "leaders from Africa, the Middle East and Asia": where signatories come from, not who signs. */
    private static final Set<String> WORLD_REGIONS =
            WordSets.copyOf(LexiconFile.read("world-regions.txt").words());

    private ListedActors() {}

    static List<Mention> after(
            AnnotatedSentence s, int fromToken, List<Mention> actors, boolean namesOutsideGazetteer) {
        List<Token> tokens = s.tokens();
        int end = tokens.size();
        boolean quoted = fromToken > 0 && s.quoted(tokens.get(fromToken - 1).start());
        for (int k = fromToken; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // the full stop of "... and the U.S." belongs to the name the mention holds, not only to the sentence
            if (t.punctuation(';') || t.punctuation('.') && k == tokens.size() - 1 && !insideMention(actors, k)) {
                end = k;
                break;
            }
            if (quoted && t.quoteMark()) {
                end = k; // "'... sad at the absence of rich nations' leaders,' said Ruiz": the quotation ends the list
                break;
            }
            if (k > fromToken && tokens.get(k - 1).punctuation(',') && (t.is("with") || t.is("but"))) {
                end = k; // ", with Iran dissociating itself", ", but not by China": the list has ended
                break;
            }
            int at = k;
            if (k > fromToken
                    && (t.tag() == Tag.AUX || t.tag() == Tag.VERB && !t.lower().endsWith("ing"))
                    && actors.stream().anyMatch(m -> m.last() == at)) {
                // "a package announced by Japan will help Tonga", "... by Japan goes to Samoa": the list's last
                // name is the subject of a clause that ends it
                end = k;
                break;
            }
            if (k > fromToken && ActorGroups.supportAsideAt(tokens, k)) {
                end = k; // "hosted by Chile with support from the AU": who helped, not who hosted
                break;
            }
        }
        List<Mention> out = new ArrayList<>();
        int skipped = 0;
        int unknownNameStart = -1;
        int unknownNameEnd = -1;
        int nameEnd = -1; // where the last item that was a person's name, or a name the gazetteer lacks, ended
        int k = fromToken;
        while (k < end && (tokens.get(k).punctuation(':') || tokens.get(k).punctuation('-'))) {
            k++; // "the signatories were: ..."
        }
        while (k < end) {
            int itemEnd = k;
            // "and" inside a name ("Trinidad and Tobago") separates nothing
            while (itemEnd < end && (!separator(tokens, itemEnd) || insideMention(actors, itemEnd))) {
                itemEnd++;
            }
            int itemStart = k;
            // "the Netherlands", "the Abu Dhabi-based G42": qualifiers before the name
            for (int q = itemStart; q < itemEnd; q++) {
                if (tokens.get(q).lower().endsWith("-based")) {
                    itemStart = q + 1;
                }
            }
            for (int q = itemStart; out.isEmpty() && q + 1 < itemEnd; q++) {
                Token at = tokens.get(q);
                if (at.punctuation(':') || at.dash()) {
                    itemStart =
                            q + 1; // "signed by every leader there: President of Chile Ana Ruiz, ...", or after a dash
                }
            }
            while (itemStart < itemEnd && tokens.get(itemStart).is("the")) {
                itemStart++;
            }
            if (itemStart + 2 < itemEnd
                    && (tokens.get(itemStart).is("government")
                            || tokens.get(itemStart).is("governments"))
                    && tokens.get(itemStart + 1).is("of")) {
                itemStart += 2; // "the Government of Kenya" is Kenya
            }
            int next = itemEnd;
            // "the World Bank ($2 billion)": a bracket after the name says what it gave, and the list goes on
            if (itemEnd - 1 > itemStart && tokens.get(itemEnd - 1).punctuation(')')) {
                int open = itemEnd - 2;
                while (open > itemStart && !tokens.get(open).punctuation('(')) {
                    open--;
                }
                boolean figure = false;
                for (int f = open + 1; f < itemEnd - 1; f++) {
                    figure |= tokens.get(f).text().chars().anyMatch(Character::isDigit);
                }
                if (open > itemStart && tokens.get(open).punctuation('(') && figure) {
                    itemEnd = open; // but "the Fund for Agricultural Development (IFAD)" keeps its acronym
                }
            }
            if (itemStart < itemEnd) {
                // an actor's mention may hold its article ("the Netherlands")
                List<Mention> known = oneActor(within(actors, k, itemEnd));
                if (out.isEmpty() && known.isEmpty() && clause(tokens, itemStart, itemEnd)) {
                    break; // "agreed by a show of hands ..., the talks began anew in Apia": no list follows
                }
                boolean afterUnknownName = unknownNameEnd >= 0 && commaBetween(tokens, unknownNameEnd, k);
                boolean afterName = nameEnd >= 0 && commaBetween(tokens, nameEnd, k);
                nameEnd = known.size() == 1
                                && known.get(0).kind() == MentionKind.PERSON
                                && known.get(0).last() == itemEnd
                        ? itemEnd
                        : -1;
                if (afterUnknownName && known.size() == 1 && bodyOf(tokens, itemStart, itemEnd, known.get(0))) {
                    // "hosted by Acme, the state bank of Peru, and ...": the aside says what the name before it is
                    int nameStart = unknownNameStart;
                    if (out.stream().noneMatch(m -> m.first() == nameStart)) {
                        out.add(Mention.named(s, unknownNameStart, unknownNameEnd, MentionKind.ORGANISATION));
                    }
                    unknownNameEnd = -1;
                    k = skipSeparator(tokens, next);
                    continue;
                }
                if (known.size() == 1 && formerOffice(tokens, itemStart, known.get(0), itemEnd)) {
                    // "chaired by Tom Vula, former President of Fiji": no longer in office, he speaks for himself
                    int nameStart = unknownNameStart;
                    if (afterUnknownName && out.stream().noneMatch(m -> m.first() == nameStart)) {
                        out.add(Mention.named(s, unknownNameStart, unknownNameEnd, MentionKind.PERSON));
                    }
                    unknownNameEnd = -1;
                    k = skipSeparator(tokens, next);
                    continue;
                }
                unknownNameEnd = -1;
                int nameFrom = itemStart;
                while (itemEnd - itemStart > NAME_WORDS
                        && nameFrom < itemEnd
                        && HONORIFICS.contains(tokens.get(nameFrom).lower())) {
                    nameFrom++; // "His Excellency Tom Vula Kufuor": a long name starts after the honorifics
                }
                if (known.isEmpty()
                        && nameFrom < itemEnd
                        && itemEnd - nameFrom <= NAME_WORDS
                        && tokens.get(nameFrom).upperCase()
                        && isName(tokens, nameFrom, itemEnd)) {
                    unknownNameStart = nameFrom;
                    unknownNameEnd = itemEnd;
                    nameEnd = itemEnd;
                }
                if (afterName
                        && known.size() == 1
                        && known.get(0).kind() != MentionKind.COUNTRY
                        && itemStart + 1 < itemEnd
                        && OFFICES.contains(tokens.get(itemStart).lower())
                        && tokens.get(itemStart + 1).is("of")) {
                    // "chaired by Ana Ruiz, Chair of the Forum and President of Fiji": her office in a body is an
                    // aside; the country she leads stands for her
                } else if (!known.isEmpty()
                        && known.get(0).first() <= itemStart
                        && known.get(known.size() - 1).last() == itemEnd) {
                    out.addAll(known);
                } else if (known.size() == 1 && titleOfCountryThenName(tokens, itemStart, known.get(0), itemEnd)) {
                    out.addAll(known); // "the President of the Republic of Fiji Ana Ruiz"
                } else if (namesOutsideGazetteer
                        && itemEnd - itemStart <= 4
                        && tokens.get(itemStart).upperCase()
                        && !OFFICES.contains(tokens.get(itemStart).lower()) // "Commissioner Ana Ruiz": a person
                        && isName(tokens, itemStart, itemEnd)
                        && !WORLD_REGIONS.contains(s.span(itemStart, itemEnd))) {
                    out.add(Mention.named(s, itemStart, itemEnd, MentionKind.ORGANISATION));
                } else if (known.size() == 1 && personOf(tokens, itemStart, known.get(0), itemEnd)) {
                    out.add(known.get(0)); // "President Ana Ruiz of Chile" stands for Chile
                } else if (!known.isEmpty() && out.isEmpty() && known.get(0).first() - itemStart <= 3) {
                    out.addAll(known); // "the leaders of France and Spain"
                } else if (known.size() == 1
                        && itemStart > k
                        && tokens.get(k).is("the")
                        && officeOf(tokens, itemStart, known.get(0), itemEnd)) {
                    out.add(known.get(0)); // "the Secretary General of the Pacific Islands Forum" speaks for it
                } else if (!out.isEmpty() && officeAside(tokens, itemStart, itemEnd)) {
                    // "President Ana Ruiz of Chile, Chair of CARICOM, and ...": the person's office, not a listed
                    // actor; the list goes on
                } else if (!known.isEmpty() && known.get(0).first() <= itemStart) {
                    out.add(known.get(0)); // "... and the United Kingdom at the ministerial": the list ends here
                    break;
                } else if (!out.isEmpty()
                        && skipped == 0
                        && known.isEmpty()
                        && itemEnd - itemStart <= UNKNOWN_ITEM_WORDS
                        && tokens.get(itemStart).upperCase()
                        && tokens.get(itemEnd - 1).upperCase()
                        && (isName(tokens, itemStart, itemEnd) || titleWithTopic(tokens, itemStart, itemEnd))
                        && next < end
                        && tokens.get(next).punctuation(',')) {
                    skipped++; // "Kenya, Atlantis, Nigeria and Peru": one name the gazetteer lacks does not end the
                    // list
                } else if (!out.isEmpty() && known.isEmpty() && sumAside(s, itemStart, itemEnd)) {
                    // "the United States, at $300 million, and Britain, at $150 million": what the one before gave
                } else if (!out.isEmpty()) {
                    break;
                }
            }
            k = skipSeparator(tokens, next);
        }
        return out;
    }

    /** How many words an aside giving a member's sum may have ("at $300 million", "with about €2 billion"). */
    private static final int SUM_ASIDE_WORDS = 6;

    /** Tokens [from, to) are a short aside holding a sum of money, and no verb. */
    private static boolean sumAside(AnnotatedSentence s, int from, int to) {
        if (to - from > SUM_ASIDE_WORDS || from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.tokens().get(k).tag() == Tag.VERB || s.tokens().get(k).tag() == Tag.AUX) {
                return false; // "The host, the UAE, offered $100 million, and Germany ...": a clause, not an aside
            }
        }
        int start = s.tokens().get(from).start();
        int end = s.tokens().get(to - 1).end();
        return s.local(FigureKind.MONEY).stream().anyMatch(f -> f.start() >= start && f.end() <= end);
    }

    /**
     * The actors of the list items that follow a lead-in ending in a colon ("The new supporters include:"):
     * each item that is one actor (or, where allowed, a short capitalised name), until the list ends.
     */
    static List<Mention> inItemsAfter(List<AnnotatedSentence> sentences, int leadIn, boolean namesOutsideGazetteer) {
        List<Mention> out = new ArrayList<>();
        for (int i = leadIn + 1; i < sentences.size(); i++) {
            AnnotatedSentence item = sentences.get(i);
            if (!item.marker() && !item.lineItem() || item.heading() && !item.marker()) {
                break;
            }
            List<Mention> found = after(item, 0, item.mentions(), namesOutsideGazetteer);
            if (found.isEmpty()) {
                break;
            }
            out.addAll(found);
        }
        return out;
    }

    /** The item is an office of the actor that ends it: "Secretary General of the Forum", "Head of the Union". */
    private static boolean officeOf(List<Token> tokens, int first, Mention known, int itemEnd) {
        if (known.last() != itemEnd || !OFFICES.contains(tokens.get(first).lower())) {
            return false;
        }
        int of = known.first() - 1;
        if (of > first && tokens.get(of).is("the")) {
            of--;
        }
        if (of <= first || !tokens.get(of).is("of")) {
            return false;
        }
        for (int k = first; k < of; k++) {
            if (!OFFICES.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** How many office words "former" may stand before ("former Prime Minister of Fiji"). */
    private static final int FORMER_OFFICE_WORDS = 3;

    /** The item is "former" (or "ex-"), an office, "of" and the actor it ends with: "former President of Fiji". */
    private static boolean formerOffice(List<Token> tokens, int first, Mention known, int itemEnd) {
        if (known.last() != itemEnd
                || !(tokens.get(first).is("former") || tokens.get(first).is("ex"))) {
            return false;
        }
        int k = first + 1;
        if (k < itemEnd && tokens.get(k).punctuation('-')) {
            k++; // "ex-President"
        }
        int offices = 0;
        while (k < itemEnd
                && offices < FORMER_OFFICE_WORDS
                && OFFICES.contains(tokens.get(k).lower())) {
            k++;
            offices++;
        }
        if (k < itemEnd && tokens.get(k).is("of")) {
            k++;
        }
        if (k < itemEnd && tokens.get(k).is("the")) {
            k++;
        }
        return offices > 0 && k == known.first();
    }

    /** Honorifics before a person's name, lower case ("His Excellency", "Dr"). */
    private static final Set<String> HONORIFICS =
            WordSets.copyOf(LexiconFile.read("honorifics.txt").words());

    /** How many words an aside naming a person's office may have ("incoming Chair of the Forum"). */
    private static final int OFFICE_ASIDE_WORDS = 6;

    /** The item is an office ("incoming Chair of the Forum", "Chairperson of the Union") set after a person. */
    private static boolean officeAside(List<Token> tokens, int first, int end) {
        if (end - first > OFFICE_ASIDE_WORDS) {
            return false;
        }
        for (int k = first; k < end && k < first + 2; k++) {
            if (OFFICES.contains(tokens.get(k).lower())) {
                return k + 1 < end && tokens.get(k + 1).is("of");
            }
        }
        // "current AU Chair": a short item that ends in the office
        return end - first <= 3
                && OFFICES.contains(tokens.get(end - 1).lower())
                && !tokens.get(first).upperCase();
    }

    private static final Set<String> OFFICES =
            WordSets.copyOf(LexiconFile.read("person-offices.txt").words());

    /** Only a comma stands between the end of the item before and token {@code k}. */
    private static boolean commaBetween(List<Token> tokens, int before, int k) {
        return k == before + 1 && tokens.get(before).punctuation(',');
    }

    /**
     * The item is lower-case words ending in an organisation's head, then "of" and one actor ("the business bank of
     * Chile", "the state oil company of Norway"), or the actor's "'s" and such words ("Chile's business bank"): a
     * body of that actor, not the actor.
     */
    private static boolean bodyOf(List<Token> tokens, int first, int end, Mention known) {
        if (known.first() == first
                && known.last() + 1 < end
                && tokens.get(known.last()).possessiveMark()) {
            // "Fiji's development bank"
            return lowerCaseWords(tokens, known.last() + 1, end)
                    && BODY_HEADS.contains(tokens.get(end - 1).lower());
        }
        int of = known.first() - 1;
        if (of > first && tokens.get(of).is("the")) {
            of--;
        }
        if (of - 1 < first
                || !tokens.get(of).is("of")
                || !BODY_HEADS.contains(tokens.get(of - 1).lower())) {
            return false;
        }
        return lowerCaseWords(tokens, first, of);
    }

    private static boolean lowerCaseWords(List<Token> tokens, int first, int end) {
        for (int q = first; q < end; q++) {
            if (!tokens.get(q).word() || tokens.get(q).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** The roles of {@code lexicon/listed-actor-words.tsv}. */
    enum Word {
        BODY_HEAD
    }

    /** The heads of organisations' names, lower-case ("bank", "agency"), and "company". */
    private static final Set<String> BODY_HEADS = WordSets.copyOf(Stream.concat(
                    LexiconFile.read("organisation-heads.txt").words().stream(),
                    LexiconFile.read("listed-actor-words.tsv").wordsByRole(Word.class).get(Word.BODY_HEAD).stream())
            .map(w -> w.toLowerCase(Locale.ROOT))
            .toList());

    private static boolean insideMention(List<Mention> actors, int k) {
        for (Mention m : actors) {
            if (m.first() < k && k < m.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens [from, to) hold a verb of their own: an auxiliary ("was shaken"), or a verb between a noun and what it
     * governs ("the talks took place"). A clause, not an item of a list.
     */
    private static boolean clause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.AUX && !t.possessiveMark()) {
                return true;
            }
            if (t.tag() == Tag.VERB
                    && k > from
                    && k + 1 < to
                    && tokens.get(k - 1).tag().nominal()
                    && (tokens.get(k + 1).tag() == Tag.DET
                            || tokens.get(k + 1).tag() == Tag.NOUN
                            || tokens.get(k + 1).tag() == Tag.PROPN)) {
                return true;
            }
        }
        return false;
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
                        && tokens.get(k + 2).is("as")
                || (t.is("along") || t.is("together"))
                        && k + 1 < tokens.size()
                        && tokens.get(k + 1).is("with");
    }

    private static int skipSeparator(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).is("as")) {
            return k + 3;
        }
        if (k < tokens.size() && (tokens.get(k).is("along") || tokens.get(k).is("together"))) {
            return k + 2;
        }
        return k + 1;
    }

    /**
     * The coordinated actors that open the text right after token {@code from} ("including Brazil, China and
     * the EU"): the list must start with an actor, and ends at the first item that is none.
     */
    static List<Mention> leading(AnnotatedSentence s, int from) {
        List<Token> tokens = s.tokens();
        int k = from;
        while (k < tokens.size() && (tokens.get(k).is("the") || tokens.get(k).punctuation(':'))) {
            k++;
        }
        int start = k;
        boolean opens = s.mentions().stream().anyMatch(m -> m.first() == start) || countAt(s, start);
        return opens ? after(s, from, s.mentions(), false) : List.of();
    }

    /** "82 countries": a counted item, which a list of members may open with before the names. */
    private static boolean countAt(AnnotatedSentence s, int k) {
        if (k >= s.tokens().size()) {
            return false;
        }
        int at = s.tokens().get(k).start();
        return s.local(org.briefingpack.model.FigureKind.COUNT).stream().anyMatch(f -> f.start() == at);
    }

    private static List<Mention> within(List<Mention> actors, int first, int last) {
        return actors.stream()
                .filter(m -> m.first() >= first && m.last() <= last)
                .toList();
    }

    /** How many capitalised words a title and a name before "of COUNTRY" may have ("Prime Minister Ana Ruiz"). */
    private static final int PERSON_WORDS = 6;

    /** The item is a title and a name, then "of" and the actor it ends with: "President Ana Ruiz of Chile". */
    private static boolean personOf(List<Token> tokens, int first, Mention known, int itemEnd) {
        int of = known.first() - 1;
        return known.last() == itemEnd
                && of > first
                && of - first <= PERSON_WORDS
                && tokens.get(of).is("of")
                && isName(tokens, first, of)
                && (tokens.get(of - 1).capitalised() || tokens.get(of - 1).punctuation('.'));
    }

    /** How many words a person's name after "President of X" may have. */
    private static final int NAME_WORDS = 4; // "Ana María López Soto"

    /**
     * The item is a title, "of" and the actor, then the person's name: "President of the Republic of Fiji Ana
     * Ruiz". The actor is the one the person speaks for.
     */
    /** "President of Chile Ana Ruiz", the leader known by name: the country's mention stands for both. */
    private static List<Mention> oneActor(List<Mention> known) {
        if (known.size() < 2 || known.get(0).actor().code() == null) {
            return known;
        }
        for (Mention m : known) {
            if (!known.get(0).actor().equals(m.actor())) {
                return known;
            }
        }
        return List.of(known.get(0));
    }

    private static boolean titleOfCountryThenName(List<Token> tokens, int first, Mention known, int itemEnd) {
        int of = known.first() - 1;
        if (of > first && tokens.get(of).is("the")) {
            of--; // "President of the Marshall Islands Ana Ruiz"
        }
        if (of <= first || !tokens.get(of).is("of") || !tokens.get(first).upperCase()) {
            return false;
        }
        int nameWords = itemEnd - known.last();
        return nameWords >= 1
                && nameWords <= NAME_WORDS
                && isName(tokens, known.last(), itemEnd)
                && isName(tokens, first, of);
    }

    /** How many words a name the gazetteer lacks may have and still not end a list ("Global Forum on Reef Data"). */
    private static final int UNKNOWN_ITEM_WORDS = 6;

    /** Capitalised words with "on", "for" or "and" inside: a body's title ("Global Forum on Reef Data"). */
    private static boolean titleWithTopic(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            Token t = tokens.get(k);
            if (!t.word() || !t.upperCase() && !(t.is("on") || t.is("for") || t.is("of") || t.is("and"))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case particles inside a name ("van", "bin"). */
    private static final Set<String> PARTICLES =
            WordSets.copyOf(LexiconFile.read("name-particles.txt").words());

    /**
     * Capitalised words (digits, "&", "of", an inner "the" and inner particles allowed: "Save the Children",
     * "Ana van Dijk"): a name.
     */
    private static boolean isName(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            Token t = tokens.get(k);
            boolean inner = k > first && k + 1 < last;
            if (t.word()
                    && !t.capitalised()
                    && !t.is("of")
                    && !(inner && (t.is("the") || PARTICLES.contains(t.lower())))) {
                return false;
            }
            if (!t.word() && !t.text().equals("&") && !t.punctuation('-') && !t.punctuation('.')) {
                return false;
            }
        }
        return true;
    }
}
