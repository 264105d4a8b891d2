package org.briefingpack.extract.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;

/**
 * A story about a leader's visit to another country ("the Chilean president's state visit to Fiji", "the official
 * visit of President Ana Ruiz to Fiji", "Ruiz's Fiji visit"), as its opening sentences tell it: the gathering is
 * the visit, and the country visited hosts it.
 */
public final class Visits {

    /** A visit told in the story's opening: its name, the sentence, the visitor and the country visited. */
    public record Visit(String name, AnnotatedSentence sentence, Actor visitor, Actor host) {}

    /** The headline and this many sentences after it: where a story about a visit says so. */
    private static final int OPENING_SENTENCES = 4;

    /** At most this many words of a visitor's name and office before "'s" ("Chilean President Ana Ruiz"). */
    private static final int MAX_VISITOR_WORDS = 6;

    /** At most this many words of a country's title before its name ("the People's Republic of China"). */
    private static final int MAX_TITLE_WORDS = 4;

    /** How far after "visit of" the visitor's name may end before "to" the country. */
    private static final int MAX_VISITOR_CLAUSE = 30;

    /** {@code visit-kinds.txt}: words between the visitor and "visit" that say what kind it is ("state"). */
    private static final Set<String> KINDS =
            WordSets.copyOf(LexiconFile.read("visit-kinds.txt").words());

    /** {@code visitor-offices.txt}: a lower-case office after a country's name ("the Chilean leader's visit"). */
    private static final Set<String> OFFICES =
            WordSets.copyOf(LexiconFile.read("visitor-offices.txt").words());

    private Visits() {}

    /** The first visit the story's opening sentences tell of, if any. */
    public static Optional<Visit> of(AnnotatedDocument document) {
        List<AnnotatedSentence> sentences = document.sentences();
        for (int i = 0; i < Math.min(OPENING_SENTENCES, sentences.size()); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            for (int k = 1; k < tokens.size(); k++) {
                if (tokens.get(k).is("visit") && tokens.get(k).tag() != Tag.VERB) {
                    Visit visit = at(sentences.get(i), k);
                    if (visit != null) {
                        return Optional.of(visit);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The visit whose noun stands at {@code k}: its visitor named before it ("Ana Ruiz's state visit"), after "of"
     * ("the official visit of President Ruiz to Fiji"), or as the subject of a sentence that has them "on" or "for"
     * a visit ("Ruiz arrived in Suva for a state visit to Fiji").
     */
    private static Visit at(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        StringBuilder kind = new StringBuilder();
        Actor host = null;
        int j = k - 1;
        while (j >= 0
                && !tokens.get(j).possessiveMark()
                && !ARTICLES.contains(tokens.get(j).lower())) {
            Token t = tokens.get(j);
            Mention country = countryEndingAt(s, j + 1);
            if (country != null && host == null && j > 0) {
                host = country.actor(); // "Ruiz's Fiji visit"
                j = country.first() - 1;
            } else if (KINDS.contains(t.lower()) || t.lower().endsWith("-day")) {
                kind.insert(0, t.lower() + " ");
                j--;
            } else {
                break;
            }
        }
        String visitor;
        Actor visitorActor;
        int after = k + 1;
        if (j > 0 && tokens.get(j).possessiveMark()) {
            int from = visitorStart(s, j);
            if (from == j) {
                return null;
            }
            visitor = s.text()
                    .substring(tokens.get(from).start(), tokens.get(j - 1).end());
            visitorActor = actorIn(s, from, j);
        } else if ((j < 0 || ARTICLES.contains(tokens.get(j).lower()))
                && after + 1 < tokens.size()
                && tokens.get(after).is("of")) {
            Mention person = personBeforeTo(s, after + 1);
            if (person == null) {
                return null;
            }
            visitor = s.text().substring(person.start(), person.end());
            visitorActor = person.actor();
            after = person.last();
        } else if (j > 0
                && ARTICLES.contains(tokens.get(j).lower())
                && ON_OR_FOR.contains(tokens.get(j - 1).lower())) {
            Mention subject = firstPerson(s, j - 1);
            if (subject == null) {
                return null;
            }
            visitor = s.text().substring(subject.start(), subject.end());
            visitorActor = subject.actor();
        } else {
            return null;
        }
        if (host == null) {
            host = hostAfter(s, after);
        }
        if (host != null && host.equals(visitorActor)) {
            return null; // "the president's visit to his home region": no visit abroad
        }
        String name = visitor + "'s " + kind + "visit" + (host != null ? " to " + host.name() : "");
        return new Visit(Character.toUpperCase(name.charAt(0)) + name.substring(1), s, visitorActor, host);
    }

    /** What may stand before a visit's kind: "a", "the", "his". */
    private static final Set<String> ARTICLES = WordSets.of("a", "an", "the", "his", "her", "their");

    /** "on a state visit", "for a two-day visit": the subject of the sentence is the visitor. */
    private static final Set<String> ON_OR_FOR = WordSets.of("on", "for");

    /** The person the sentence names first, before token {@code to}: the one who is on a visit. */
    private static Mention firstPerson(AnnotatedSentence s, int to) {
        for (Mention m : s.mentions()) {
            if (m.last() <= to && m.kind() == MentionKind.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** The first token of the visitor's name and office ending before the possessive at {@code j}, or j. */
    private static int visitorStart(AnnotatedSentence s, int j) {
        List<Token> tokens = s.tokens();
        int from = j;
        if (j - 2 >= 0
                && OFFICES.contains(tokens.get(j - 1).lower())
                && tokens.get(j - 2).capitalised()) {
            from = j - 1; // "the Chilean leader's"
        }
        while (from > 0
                && j - from < MAX_VISITOR_WORDS
                && tokens.get(from - 1).word()
                && tokens.get(from - 1).capitalised()) {
            from--;
        }
        return from;
    }

    private static Mention countryEndingAt(AnnotatedSentence s, int end) {
        for (Mention m : s.mentions()) {
            if (m.last() == end && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.CAPITAL)) {
                return m;
            }
        }
        return null;
    }

    private static Actor actorIn(AnnotatedSentence s, int from, int to) {
        for (Mention m : s.mentions()) {
            if (m.first() >= from && m.last() <= to) {
                return m.actor();
            }
        }
        return null;
    }

    /** "visit of the Chair of the Reef Council, President Ana Ruiz to ...": the person named last before "to". */
    private static Mention personBeforeTo(AnnotatedSentence s, int from) {
        List<Token> tokens = s.tokens();
        Mention person = null;
        for (int k = from; k < tokens.size() && k - from < MAX_VISITOR_CLAUSE; k++) {
            if (tokens.get(k).is("to")) {
                return person != null ? person : nameBefore(s, k);
            }
            for (Mention m : s.mentions()) {
                if (m.first() == k && m.kind() == MentionKind.PERSON) {
                    person = m;
                }
            }
        }
        return null;
    }

    /**
     * "... of the Republic of Chile Ana Ruiz to": a name the gazetteer does not know, two or three capitalised words
     * right after the country it is given with, read as a person of that country.
     */
    private static Mention nameBefore(AnnotatedSentence s, int to) {
        List<Token> tokens = s.tokens();
        for (Mention m : s.mentions()) {
            int from = m.last();
            if (m.actor().code() == null || to - from < 2 || to - from > 3) {
                continue;
            }
            boolean name = true;
            for (int k = from; k < to; k++) {
                name &= tokens.get(k).word() && tokens.get(k).capitalised();
            }
            if (name) {
                return new Mention(
                        m.actor(),
                        MentionKind.PERSON,
                        from,
                        to,
                        tokens.get(from).start(),
                        tokens.get(to - 1).end());
            }
        }
        return null;
    }

    /** "to Fiji", "to the Republic of Fiji", "to Suva": the country visited, right after {@code k}. */
    private static Actor hostAfter(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k >= tokens.size() || !tokens.get(k).is("to")) {
            return null;
        }
        int at = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        for (Mention m : s.mentions()) {
            if (m.first() <= at + MAX_TITLE_WORDS
                    && m.first() >= at
                    && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.CAPITAL)) {
                return m.actor();
            }
        }
        return null;
    }
}
