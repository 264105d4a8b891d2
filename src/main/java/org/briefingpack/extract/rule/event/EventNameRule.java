package org.briefingpack.extract.rule.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;

/**
 * The event's name: the first capitalised name near the top that ends in an event noun ("the Paris AI
 * Summit", "Summit of the Future"), else a lower-case one ("the NATO summit"), else a code name ("COP28"),
 * with a "COP28, the ..." apposition put in front. A forum one meets "at ... in" a place is a venue, a name
 * only when nothing else comes.
 */
public final class EventNameRule implements Rule {

    private static final int LOOK_AHEAD = 14;
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Set<String> LOWER_JOINERS = Set.of("of", "the", "on", "for", "and", "&");
    private static final Pattern CODE_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:COP|G|CHOGM|APEC|BRICS)\\d{0,2}(?![\\p{L}\\p{N}-])");

    private final Set<String> nouns;
    private final Set<String> venueWords;
    private final Set<String> drops;

    EventNameRule(List<String> eventNouns, List<String> venueWords, List<String> drops) {
        this.nouns = Set.copyOf(
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.venueWords = Set.copyOf(venueWords);
        this.drops = Set.copyOf(drops);
    }

    public static EventNameRule fromClasspath() {
        return new EventNameRule(
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("venue-words.txt").words(),
                LexiconFile.read("event-name-drops.txt").words());
    }

    private record Name(String name, AnnotatedSentence sentence) {}

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        Name name = name(document.sentences());
        if (name != null) {
            findings.event.name = name.name();
            findings.event.nameSentence = name.sentence();
        }
    }

    private Name name(List<AnnotatedSentence> sentences) {
        // "the Paris AI Summit", then "the NATO summit", then a bare "COP28"
        for (int pass = 0; pass < 3; pass++) {
            Name venue = null;
            for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
                AnnotatedSentence s = sentences.get(i);
                String found = pass == 2 ? codeName(s.plain()) : eventName(words(s), pass == 1);
                if (found != null && pass < 2 && isVenue(s.plain(), found)) {
                    if (venue == null) {
                        venue = new Name(found, s);
                    }
                    continue;
                }
                if (found != null) {
                    return new Name(titleCaseNoun(normaliseCase(withApposition(sentences, found), sentences)), s);
                }
            }
            if (venue != null) {
                return new Name(
                        titleCaseNoun(normaliseCase(withApposition(sentences, venue.name()), sentences)),
                        venue.sentence());
            }
        }
        return null;
    }

    /** The sentence's words after its dateline and list marker, a possessive or trailing apostrophe kept on its word. */
    static List<String> words(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < s.bodyFrom()) {
            k++;
        }
        while (k < tokens.size() && !tokens.get(k).word() && !tokens.get(k).quoteMark()) {
            k++; // a list marker, heading hashes, emphasis
        }
        if (s.marker()
                && k + 1 < tokens.size()
                && Character.isDigit(tokens.get(k).text().charAt(0))
                && (tokens.get(k + 1).punctuation('.') || tokens.get(k + 1).punctuation(')'))) {
            k += 2;
        }
        List<String> out = new ArrayList<>();
        Token previous = null;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.text().equals("*") || t.text().equals("_")) {
                continue;
            }
            boolean glued = previous != null && t.start() == previous.end();
            String x = t.text();
            if (glued && !out.isEmpty() && (x.equals("'") || x.equals("’") || x.equals("'s") || x.equals("’s"))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + x);
            } else {
                out.add(x);
            }
            previous = t;
        }
        return out;
    }

    /** "at the Palais Forum in Geneva": a forum or convention one meets at, then "in" a place, is a venue. */
    private static boolean isVenue(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return false;
        }
        String before = text.substring(0, at);
        String after = text.substring(at + name.length());
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return (before.endsWith("at the ") || before.endsWith("at "))
                && after.startsWith(" in ")
                && (last.equals("forum")
                        || last.equals("convention")
                        || last.equals("centre")
                        || last.equals("center"));
    }

    private static String codeName(String text) {
        Matcher m = CODE_NAME.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** "NATO summit" is written "NATO Summit" in a name. */
    private String titleCaseNoun(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (space > 0 && nouns.contains(last.toLowerCase(Locale.ROOT)) && Character.isLowerCase(last.charAt(0))) {
            return name.substring(0, space + 1) + Character.toUpperCase(last.charAt(0)) + last.substring(1);
        }
        return name;
    }

    /** The first capitalised name among the words that ends in an event noun ("the Paris AI Summit"). */
    String eventName(List<String> toks, boolean lowerNoun) {
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (!nouns.contains(t.toLowerCase(Locale.ROOT))
                    || !(Character.isUpperCase(t.charAt(0)) || lowerNoun && t.equals(t.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (i + 1 < toks.size() && venueWords.contains(toks.get(i + 1))) {
                continue; // "the Lakeside Convention Centre" is a building
            }
            int start = i;
            while (start > 0) {
                String prev = toks.get(start - 1);
                if (isCapitalised(prev) && !prev.equals("The") && !prev.equals("THE") && !prev.equals("A")) {
                    start--;
                } else if (LOWER_JOINERS.contains(prev)
                        && start - 2 >= 0
                        && isCapitalised(toks.get(start - 2))
                        && !prev.equals("the")) {
                    start--;
                } else {
                    break;
                }
            }
            int end = i;
            // "Summit of the Future"
            if (i + 2 < toks.size()
                    && (toks.get(i + 1).equals("of") || toks.get(i + 1).equals("on"))) {
                int k = i + 2;
                if (toks.get(k).equals("the") && k + 1 < toks.size()) {
                    k++;
                }
                if (isCapitalised(toks.get(k))) {
                    end = k;
                }
            }
            if (end == start && start == i) {
                continue;
            }
            while (start < i
                    && (drops.contains(toks.get(start))
                            || ORDINAL.matcher(toks.get(start)).matches())) {
                start++;
            }
            if (end == start && start == i) {
                continue;
            }
            return String.join(" ", toks.subList(start, end + 1)).replace(" '", "'");
        }
        return null;
    }

    private static boolean isCapitalised(String tok) {
        return !tok.isEmpty()
                && (Character.isUpperCase(tok.charAt(0)) || Character.isDigit(tok.charAt(0)))
                && Character.isLetterOrDigit(tok.charAt(0))
                && !YEAR.matcher(tok).matches();
    }

    /** "COP28, the UN Climate Change Conference": the short name goes in front. */
    private static String withApposition(List<AnnotatedSentence> sentences, String name) {
        Pattern appos = Pattern.compile(
                "(?<![\\p{L}\\p{N}])([A-Z][A-Z]*\\d+[A-Za-z]*|[A-Z]{2,})\\s*,\\s+the\\s+" + Pattern.quote(name));
        for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
            String text = sentences.get(i).text();
            Matcher m = appos.matcher(text);
            if (text.contains(name) && m.find()) {
                return m.group(1) + " " + name;
            }
        }
        return name;
    }

    /** An all-capitals heading becomes title case; acronyms the running text also writes in capitals stay. */
    private static String normaliseCase(String name, List<AnnotatedSentence> sentences) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (HAS_DIGIT.matcher(w).matches() || usedAsAcronym(w, sentences)) {
                out.append(w);
            } else if (LOWER_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static boolean usedAsAcronym(String word, List<AnnotatedSentence> sentences) {
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
        for (AnnotatedSentence s : sentences) {
            String t = s.text();
            if (t.contains(word)
                    && !t.equals(t.toUpperCase(Locale.ROOT))
                    && p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
