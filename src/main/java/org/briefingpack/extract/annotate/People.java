package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;

/**
 * The people a document introduces with the country or body they speak for, so that a later mention by
 * name stands for it: "Kenyan President Uhuru Kenyatta" and later "Kenyatta" are Kenya; "Moussa Faki
 * Mahamat, chairman of the African Union Commission" is the Commission. One registry per document.
 */
final class People {

    /** Office words between an actor and a person's name, lower case ("foreign ministry spokesperson"). */
    private static final Set<String> OFFICES =
            WordSets.copyOf(LexiconFile.read("person-offices.txt").words());

    /** Lower-case particles inside a name ("von der", "bin"), a person's or an organisation's. */
    static final Set<String> PARTICLES =
            WordSets.copyOf(LexiconFile.read("name-particles.txt").words());

    /** Honorifics before a name, lower case ("Hon.", "Dr", "Shri"): the name starts after them. */
    private static final Set<String> HONORIFICS =
            WordSets.copyOf(LexiconFile.read("honorifics.txt").words());

    private static final int MAX_NAME_WORDS = 5;

    private final Map<String, Actor> byName;
    private final ActorGazetteer gazetteer;

    /** The first word of every registered name: most capitalised words start none. */
    private final Set<String> firstWords = new HashSet<>();

    private People(Map<String, Actor> byName, ActorGazetteer gazetteer) {
        this.byName = byName;
        this.gazetteer = gazetteer;
        for (String name : byName.keySet()) {
            int space = name.indexOf(' ');
            firstWords.add(space < 0 ? name : name.substring(0, space));
        }
    }

    static People of(List<List<Token>> sentences, List<List<Mention>> mentions, ActorGazetteer gazetteer) {
        Map<String, Actor> names = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (Mention m : mentions.get(s)) {
                if (m.kind() == MentionKind.PERSON && m.last() - m.first() >= 2) {
                    // a leader named in full: the surname alone means them later in this document
                    names.putIfAbsent(tokens.get(m.last() - 1).text(), m.actor());
                    continue;
                }
                if (m.kind() == MentionKind.PERSON || m.kind() == MentionKind.COMPANY) {
                    continue;
                }
                titledAfter(tokens, m, names);
                appositionBefore(tokens, m, names);
                bracketedAfter(tokens, m, names);
            }
        }
        return new People(names, gazetteer);
    }

    /** "U.S. President Joe Biden", "Israel's foreign ministry spokesperson Oren Marmorstein". */
    private static void titledAfter(List<Token> tokens, Mention m, Map<String, Actor> names) {
        int k = m.last();
        if (k < tokens.size() && tokens.get(k).possessiveMark()) {
            k++;
        }
        if (k > 0 && m.first() > 0 && tokens.get(m.first() - 1).is("former")) {
            return;
        }
        int offices = 0;
        while (k < tokens.size()
                && OFFICES.contains(tokens.get(k).lower())
                && !tokens.get(k).is("the")) {
            k++;
            offices++;
        }
        if (offices == 0) {
            return;
        }
        register(tokens, k, m.actor(), names);
    }

    /** "Moussa Faki Mahamat, chairman of the African Union Commission", "Brad Smith, president of Microsoft". */
    private static void appositionBefore(List<Token> tokens, Mention m, Map<String, Actor> names) {
        int k = m.first() - 1;
        int offices = 0;
        // a country may stand after a second office ("Ana Ruiz, Chair of the Forum and President of Fiji")
        int reach = m.kind() == MentionKind.COUNTRY ? COUNTRY_OFFICE_REACH : OFFICE_REACH;
        while (k >= 0 && m.first() - k <= reach) {
            Token t = tokens.get(k);
            if (t.punctuation(',')) {
                break;
            }
            if (t.is("former")) {
                return;
            }
            if (OFFICES.contains(t.lower())) {
                offices++;
            } else if (!t.word()) {
                return; // words of the office and its body, in capitals or not ("President of the Republic of Chile")
            }
            k--;
        }
        if (k < 1 || offices == 0 || !tokens.get(k).punctuation(',')) {
            return;
        }
        int office = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        if (office >= tokens.size() || !OFFICES.contains(tokens.get(office).lower())) {
            return; // "Ana Ruiz, President of the Republic of Chile": an office right after the comma, capitals or not
        }
        int end = k;
        int start = end;
        while (start > 0 && end - start < MAX_NAME_WORDS && nameWord(tokens.get(start - 1))) {
            start--;
        }
        if (start > 0 && tokens.get(start - 1).is("the")) {
            return; // "Head of the Council, President of ...": a title, no name, before the comma
        }
        if (start < end && tokens.get(start).upperCase()) {
            add(tokens, start, end, m.actor(), names);
        }
    }

    /** "chaired by Dr Ana Lopez (Chile)": a delegate with their country in brackets after the name, as UN reports write. */
    private static void bracketedAfter(List<Token> tokens, Mention m, Map<String, Actor> names) {
        if (m.kind() != MentionKind.COUNTRY
                || m.first() < 3
                || m.last() >= tokens.size()
                || !tokens.get(m.first() - 1).punctuation('(')
                || !tokens.get(m.last()).punctuation(')')) {
            return;
        }
        int end = m.first() - 1;
        int start = end;
        while (start > 0 && end - start < MAX_NAME_WORDS && nameWord(tokens.get(start - 1))) {
            start--;
        }
        // two words at least, each capitalised: a person's name, not "the delegation (Chile)"
        if (end - start >= 2 && tokens.subList(start, end).stream().allMatch(Token::upperCase)) {
            add(tokens, start, end, m.actor(), names);
        }
    }

    private static void register(List<Token> tokens, int start, Actor actor, Map<String, Actor> names) {
        int from = afterHonorifics(tokens, start);
        int end = from;
        while (end < tokens.size() && end - from < MAX_NAME_WORDS && nameWord(tokens.get(end))) {
            end++;
        }
        while (end > from
                && !tokens.get(end - 1).upperCase()
                && !particleJoined(tokens.get(end - 1).text())) {
            end--;
        }
        if (end > from && tokens.get(from).upperCase()) {
            add(tokens, from, end, actor, names);
        }
    }

    /** The first token after "Hon. Dr", "His Excellency", "Shri" from {@code k}. */
    private static int afterHonorifics(List<Token> tokens, int k) {
        while (k + 1 < tokens.size()
                && tokens.get(k).upperCase()
                && HONORIFICS.contains(tokens.get(k).lower())) {
            k += tokens.get(k + 1).punctuation('.') ? 2 : 1;
        }
        return k;
    }

    private static boolean nameWord(Token t) {
        return t.word()
                && (t.upperCase() || PARTICLES.contains(t.lower()) || particleJoined(t.text()))
                && !OFFICES.contains(t.lower());
    }

    /** "al-Sisi", "el-Erian", "bin-Salman": a lower-case particle joined to a capitalised name. */
    static boolean particleJoined(String word) {
        int dash = word.indexOf('-');
        return dash > 0
                && dash + 1 < word.length()
                && PARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(word.charAt(dash + 1));
    }

    private static void add(List<Token> tokens, int start, int end, Actor actor, Map<String, Actor> names) {
        names.merge(ActorGazetteer.text(tokens, start, end), actor, People::countryFirst);
        if (end - start >= 2) {
            names.merge(tokens.get(end - 1).text(), actor, People::countryFirst); // the surname alone
        }
    }

    /** A person known by two offices speaks for the country, not the body they chair. */
    private static Actor countryFirst(Actor known, Actor other) {
        return known.code() == null && other.code() != null ? other : known;
    }

    /** How many words an office and its body may have between a person's comma and the actor. */
    private static final int OFFICE_REACH = 8;

    /** The same, where the actor is a country after a first office ("Chair of the Forum and President of"). */
    private static final int COUNTRY_OFFICE_REACH = 14;

    /** The sentence's mentions with the people of this document added where no other mention covers them. */
    List<Mention> resolve(List<Token> tokens, List<Mention> mentions) {
        if (byName.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            Actor introduced = m.kind() == MentionKind.PERSON
                    ? byName.get(ActorGazetteer.text(tokens, m.first(), m.last()))
                    : null;
            if (introduced != null && introduced.code() != null && !introduced.equals(m.actor())) {
                // "Fijian Prime Minister Ana Ruiz" where the lexicon has her at a body she heads later: the country of
                // the title wins (not a body's title: "the Reef Council President" of a union the lexicon names)
                out.set(k, m.as(introduced, MentionKind.PERSON));
            }
        }
        for (int k = 1; k < out.size(); k++) {
            Mention m = out.get(k);
            Mention before = out.get(k - 1);
            if (m.kind() == MentionKind.PERSON
                    && before.kind() != MentionKind.PERSON
                    && before.kind() != MentionKind.CAPITAL
                    && !before.actor().equals(m.actor())
                    && officesOnlyBetween(tokens, before.last(), m.first())
                    && gazetteer.byName(before.actor().name()).isPresent()) {
                // "World Bank President Ana Ruiz": the office the text gives her, in a body the lexicon knows, names
                // whom she speaks for, whatever post the lexicon has her in (a body it does not know may be a name
                // it lacks for the one she heads)
                out.set(k, m.as(before.actor(), MentionKind.PERSON));
            }
        }
        boolean added = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || !t.upperCase() || !firstWords.contains(t.text())) {
                continue;
            }
            int best = -1;
            Actor actor = null;
            for (int end = Math.min(tokens.size(), i + MAX_NAME_WORDS); end > i; end--) {
                Actor a = byName.get(ActorGazetteer.text(tokens, i, end));
                if (a != null) {
                    best = end;
                    actor = a;
                    break;
                }
            }
            if (actor == null || covered(out, i, best)) {
                continue;
            }
            if (best == i + 1
                    && i > 0
                    && tokens.get(i - 1).word()
                    && tokens.get(i - 1).upperCase()
                    && byName.get(tokens.get(i - 1).text() + " " + t.text()) == null
                    && !isOffice(tokens.get(i - 1))) {
                continue; // "Dwayne Johnson" is not the "Johnson" this document introduced
            }
            out.add(new Mention(
                    actor,
                    MentionKind.PERSON,
                    i,
                    best,
                    t.start(),
                    tokens.get(best - 1).end()));
            added = true;
            i = best - 1;
        }
        if (added) {
            out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        }
        return out;
    }

    /** One office word or more, and nothing else, between tokens [from, to): "President", "Secretary-General". */
    private static boolean officesOnlyBetween(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isOffice(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOffice(Token t) {
        return OFFICES.contains(t.lower());
    }

    private static boolean covered(List<Mention> mentions, int first, int last) {
        for (Mention m : mentions) {
            if (m.first() < last && first < m.last()) {
                return true;
            }
        }
        return false;
    }
}
