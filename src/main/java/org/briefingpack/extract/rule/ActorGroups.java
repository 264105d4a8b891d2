package org.briefingpack.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.model.Actor;

/** Picks the actors a clause is about: the coordinated group nearest before a position ("A, B and C did X"). */
public final class ActorGroups {

    private ActorGroups() {}

    /**
     * "Trump, who has long criticised NATO, praised the deal", "The summit, chaired by Chile, endorsed the plan":
     * where a relative or participle clause between commas ends right before the trigger, the subject stands
     * before the clause.
     */
    public static int beforeParenthesis(AnnotatedSentence s, int at) {
        List<Token> tokens = s.tokens();
        int k = s.tokenBefore(at) - 1;
        while (k >= 0
                && tokens.get(k).word()
                && (tokens.get(k).lower().endsWith("ly") || tokens.get(k).is("also"))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).punctuation(',')) {
            return at;
        }
        for (int j = k - 1; j > 0 && k - j <= 30; j--) {
            Token t = tokens.get(j);
            if (t.punctuation(',') && j + 1 < k && Grammar.relativePronoun(tokens.get(j + 1))) {
                return t.start();
            }
            if (t.punctuation(',') && j + 2 < k && byClause(tokens, j + 1)) {
                return t.start(); // "The summit, chaired by Norway and Chile, endorsed ...": the summit endorsed
            }
            if (t.punctuation(',')
                    && j + 2 < k
                    && tokens.get(j + 1).tag() == Tag.VERB
                    && tokens.get(j + 1).lower().endsWith("ing")) {
                return t.start(); // "Oxfam, speaking for Kenya's charities, did not sign": Oxfam did not
            }
            if (t.punctuation(';') || t.punctuation('.')) {
                break;
            }
        }
        return at;
    }

    /** "chaired by", "hosted jointly by": a past participle and its agent, opening a clause at {@code k}. */
    private static boolean byClause(List<Token> tokens, int k) {
        Token verb = tokens.get(k);
        if (!verb.word() || !verb.lower().endsWith("ed") || verb.tag() != Tag.VERB) {
            return false;
        }
        int by = k + 1;
        if (by < tokens.size() && tokens.get(by).lower().endsWith("ly")) {
            by++;
        }
        return by < tokens.size() && tokens.get(by).is("by");
    }

    /** The group of mentions ending nearest before character {@code offset} (and starting at or after {@code from}). */
    public static List<Mention> nearestBefore(AnnotatedSentence sentence, int from, int offset) {
        return nearestBefore(sentence, sentence.mentions(), from, offset);
    }

    /** As {@link #nearestBefore(AnnotatedSentence, int, int)}, among the given mentions of the sentence. */
    public static List<Mention> nearestBefore(
            AnnotatedSentence sentence, List<Mention> mentions, int from, int offset) {
        List<Mention> outside = outsideRelativeClauses(sentence, mentions, offset);
        if (outside.size() < mentions.size()
                && outside.stream().anyMatch(m -> m.start() >= from && m.end() <= offset)) {
            mentions = outside; // "The UK, which co-hosted with Qatar and Germany, pledged £286 million": the UK
        }
        int last = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).end() <= offset && mentions.get(i).start() >= from) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        if (last > 0
                && acronymOf(sentence.tokens(), mentions.get(last - 1), mentions.get(last))
                && mentions.get(last - 1).start() >= from) {
            last--; // "the UN Refugee Agency (UNHCR)": the name the acronym stands beside heads the list's end
        }
        if (last > 0
                && knownAs(sentence.tokens(), mentions.get(last).first())
                && mentions.get(last - 1).start() >= from) {
            last--; // "Kenya, Ghana and Peru, known as the Reef Trio, signed": the members the name stands for
        }
        List<Mention> group = new ArrayList<>();
        group.add(mentions.get(last));
        boolean titled = false;
        for (int i = last - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() < from) {
                break;
            }
            Mention head = group.get(0);
            if (m.actor().equals(head.actor())
                    && titleBetween(sentence.tokens(), ownerEnd(sentence, m), head.first())) {
                // "Fijian Prime Minister Tom Vula", "Peru's Luis Soto": the country and the person are one member
                group.set(0, new Mention(head.actor(), head.kind(), m.first(), head.last(), m.start(), head.end()));
                titled = group.size() == 1;
                continue;
            }
            if (m.actor().equals(head.actor())
                    && m.last() + 1 == head.first()
                    && sentence.tokens().get(m.last()).punctuation('(')) {
                // "Ana Ruiz (Peru)": the person and the country in brackets after them are one member of the list
                group.set(0, new Mention(head.actor(), head.kind(), m.first(), head.last(), m.start(), head.end()));
                continue;
            }
            if (titled && !conjunctionBetween(sentence.tokens(), m.last(), head.first())) {
                break; // "after talks with Peru's minister, Chilean President Ana Ruiz agreed": a comma ends an aside
            }
            titled = false;
            int after = m.last();
            if (after < head.first() && sentence.tokens().get(after).punctuation(')') && personBefore(mentions, i)) {
                after++; // "Ana Ruiz (Peru), Tom Vula (Fiji)": the bracket closing the member before
            }
            after = afterBracketOfNoActor(sentence.tokens(), mentions, after, head.first());
            if (!coordinated(sentence.tokens(), after, head.first())
                    && !coordinatedPastRelativeClause(sentence.tokens(), after, head.first())) {
                break;
            }
            group.add(0, m);
        }
        return group;
    }

    /**
     * "Fiji and Tonga, who founded the group, as well as Chile signed": a relative clause between commas, then a
     * conjunction, joins the names before it to those after it; a comma alone after the clause does not.
     */
    private static boolean coordinatedPastRelativeClause(List<Token> tokens, int from, int to) {
        if (from + 1 >= to || !tokens.get(from).punctuation(',') || !Grammar.relativePronoun(tokens.get(from + 1))) {
            return false;
        }
        int close = -1;
        for (int k = to - 1; k > from + 1; k--) {
            if (tokens.get(k).punctuation(',')) {
                close = k;
                break;
            }
        }
        if (close < 0 || !coordinated(tokens, close, to)) {
            return false;
        }
        for (int k = close + 1; k < to; k++) {
            if (tokens.get(k).word()) {
                return true; // "and", "as well as", "along with": more than the comma
            }
        }
        return false;
    }

    /** Whether mention {@code i} is a country in brackets right after a person of that country ("Ana Ruiz (Peru)"). */
    private static boolean personBefore(List<Mention> mentions, int i) {
        if (i == 0) {
            return false;
        }
        Mention country = mentions.get(i);
        Mention person = mentions.get(i - 1);
        return person.kind() == MentionKind.PERSON
                && person.actor().equals(country.actor())
                && person.last() + 1 == country.first();
    }

    /** At most this many words of an office between a country's name and its officeholder ("Prime Minister"). */
    private static final int MAX_TITLE_WORDS = 4;

    /**
     * Capitalised words of an office, and nothing else, from {@code from} to {@code to}: "President", "Prime Minister",
     * with an honorific's point ("Hon. Dr") or a counterpart ("Fijian counterpart Prime Minister").
     */
    private static boolean titleBetween(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean honorificPoint = t.punctuation('.')
                    && k > from
                    && tokens.get(k - 1).capitalised()
                    && tokens.get(k - 1).text().length() <= 3;
            if (honorificPoint) {
                continue;
            }
            if (!t.word() || !(t.capitalised() || t.is("counterpart")) || ++words > MAX_TITLE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Where the title after a mention starts: after its possessive mark, if it has one ("Peru's Minister"). */
    private static int ownerEnd(AnnotatedSentence sentence, Mention m) {
        return m.last() < sentence.tokens().size()
                        && sentence.tokens().get(m.last()).possessiveMark()
                ? m.last() + 1
                : m.last();
    }

    /** How long a bracket after a list's member may be ("(EUR 5 million)", "(the host)"). */
    private static final int MAX_BRACKET = 8;

    /**
     * "Chile (EUR 5 million), Peru (USD 2 million) and Tonga": a bracket after a member that names no actor says
     * something of it (its sum, its role); the list goes on after it. Returns where the list goes on, or {@code at}.
     */
    private static int afterBracketOfNoActor(List<Token> tokens, List<Mention> mentions, int at, int to) {
        if (at >= to || !tokens.get(at).punctuation('(')) {
            return at;
        }
        for (int k = at + 1; k < to && k <= at + MAX_BRACKET; k++) {
            if (tokens.get(k).punctuation(')')) {
                int open = at;
                int close = k;
                boolean actorInside = mentions.stream().anyMatch(m -> m.first() > open && m.first() < close);
                return actorInside ? at : k + 1;
            }
        }
        return at;
    }

    /** How many lower-case words may describe a list's next member before its name ("first-time donor Tonga"). */
    private static final int MAX_DESCRIPTION = 3;

    /** Tokens [from, to) are a few lower-case adjectives and nouns ending in a noun, right before a member's name. */
    private static boolean descriptionBefore(List<Token> tokens, int from, int to) {
        if (to - from > MAX_DESCRIPTION || to <= from || tokens.get(to - 1).tag() != Tag.NOUN) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.word() || t.capitalised() || t.tag() != Tag.NOUN && t.tag() != Tag.ADJ) {
                return false;
            }
        }
        return true;
    }

    private static boolean conjunctionBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                return true;
            }
        }
        return false;
    }

    /** Phrases that open an aside naming who helped, not who did it (", with support from OCHA, hosted"). */
    private static final List<List<String>> SUPPORT_ASIDES = List.of(
            List.of("with", "support", "from"),
            List.of("with", "the", "support", "of"),
            List.of("with", "funding", "from"),
            List.of("supported", "by"),
            List.of("backed", "by"),
            List.of("funded", "by"));

    /** Whether an aside of support ("with support from", "backed by") starts at token k. */
    public static boolean supportAsideAt(List<Token> tokens, int k) {
        for (List<String> phrase : SUPPORT_ASIDES) {
            boolean all = k + phrase.size() <= tokens.size();
            for (int i = 0; all && i < phrase.size(); i++) {
                all = tokens.get(k + i).is(phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** "which Chile, Peru and Colombia signed": a comma between two names of a list, not the clause's end. */
    private static boolean listComma(AnnotatedSentence sentence, List<Mention> mentions, int comma) {
        List<Token> tokens = sentence.tokens();
        return comma + 1 < tokens.size()
                && (tokens.get(comma + 1).is("and") || mentions.stream().anyMatch(m -> m.first() == comma + 1))
                && mentions.stream().anyMatch(m -> m.last() == comma);
    }

    /** "UN Refugee Agency (UNHCR)": the second mention is the first's acronym in brackets right after it. */
    private static boolean acronymOf(List<Token> tokens, Mention name, Mention acronym) {
        return name.last() + 1 == acronym.first()
                && tokens.get(name.last()).punctuation('(')
                && acronym.last() < tokens.size()
                && tokens.get(acronym.last()).punctuation(')');
    }

    /** The mentions not inside a relative clause (", which ... ,") that closes before {@code offset}. */
    private static List<Mention> outsideRelativeClauses(
            AnnotatedSentence sentence, List<Mention> mentions, int offset) {
        List<Token> tokens = sentence.tokens();
        List<int[]> clauses = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size() && tokens.get(k).start() < offset; k++) {
            if (!tokens.get(k).punctuation(',')
                    || !Grammar.relativePronoun(tokens.get(k + 1)) && !supportAsideAt(tokens, k + 1)) {
                continue;
            }
            for (int j = k + 2; j < tokens.size() && tokens.get(j).end() <= offset; j++) {
                if (tokens.get(j).punctuation(',') && !listComma(sentence, mentions, j)) {
                    clauses.add(new int[] {tokens.get(k).start(), tokens.get(j).start()});
                    k = j - 1;
                    break;
                }
            }
        }
        if (clauses.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> clauses.stream().noneMatch(c -> m.start() >= c[0] && m.end() <= c[1]))
                .toList();
    }

    /**
     * Whether tokens [from, to) only join two names of one group: ",", "and", "as well as", "or", "nor", "/", an
     * article, "group(s)/members of", "and from".
     */
    /**
     * Words that stand before "of" and an actor's name in a list ("and the Republic of Ghana", "the Government of
     * Chile", "as well as the head of the World Bank").
     */
    private static final Set<String> STATE_TITLES =
            LexiconFile.read("actor-group-words.tsv").wordsByRole(Word.class).get(Word.STATE_TITLE);

    /** The roles of {@code lexicon/actor-group-words.tsv}. */
    enum Word {
        STATE_TITLE
    }

    /** ", also known as" (or ", known as", ", collectively known as") right before token k. */
    private static boolean knownAs(List<Token> tokens, int k) {
        int j = k - 1;
        if (j >= 0 && tokens.get(j).is("the")) {
            j--;
        }
        if (j < 1 || !tokens.get(j).is("as") || !tokens.get(j - 1).is("known")) {
            return false;
        }
        j -= 2;
        if (j >= 0 && (tokens.get(j).is("also") || tokens.get(j).is("collectively"))) {
            j--;
        }
        return j >= 0 && tokens.get(j).punctuation(',');
    }

    /** How many words a name the gazetteer lacks may have inside a list. */
    private static final int UNKNOWN_NAME_WORDS = 3;

    /**
     * The comma after a name of one to three capitalised words from k ("Atlantis", "Reef Health Trust", "MSD for
     * Mothers", with an inner "for" or "of"), before {@code to}; k where there is none.
     */
    private static int unknownNameEnd(List<Token> tokens, int k, int to) {
        for (int j = k; j < to && j < k + UNKNOWN_NAME_WORDS + 1; j++) {
            Token t = tokens.get(j);
            if (t.punctuation(',')) {
                return j > k && tokens.get(j - 1).upperCase() ? j : k;
            }
            boolean inner = j > k && (t.is("for") || t.is("of"));
            if (!inner && (!t.word() || !t.upperCase())) {
                return k;
            }
        }
        return k;
    }

    /**
     * The token after "of" that closes the words of an office from k ("Prime Minister of", as {@link #titleBetween}
     * reads them); k where there is none.
     */
    private static int officeOfEnd(List<Token> tokens, int k, int to) {
        for (int j = k + 1; j < to && j <= k + MAX_TITLE_WORDS; j++) {
            if (tokens.get(j).is("of")) {
                return titleBetween(tokens, k, j) ? j + 1 : k;
            }
        }
        return k;
    }

    /**
     * Past "joined with", "joined forces with", "teamed up with", "sided with", "partnered with" at k, the verbs that
     * make the actors on either side partners in what follows; k where none stands.
     */
    public static int partnersWith(List<Token> tokens, int k, int to) {
        int with = switch (tokens.get(k).lower()) {
            case "joined", "joins", "join" -> k + 1 < to && tokens.get(k + 1).is("forces") ? k + 2 : k + 1;
            case "teamed", "teams" -> k + 1 < to && tokens.get(k + 1).is("up") ? k + 2 : -1;
            case "sided", "sides", "allied", "partnered" -> k + 1;
            default -> -1;
        };
        return with > k && with < to && tokens.get(with).is("with") ? with + 1 : k;
    }

    static boolean coordinated(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            int partners = partnersWith(tokens, k, to);
            if (t.punctuation(',') || t.punctuation('/') || t.is("and") || t.is("or") || t.is("nor")) {
                k++;
            } else if (k > from
                    && (tokens.get(k - 1).punctuation(',') || tokens.get(k - 1).is("and"))
                    && t.capitalised()
                    && titleBetween(tokens, k, to)) {
                k = to; // "..., Vice-President Tom Vula (Fiji)": the next member's office before their name
            } else if (k > from
                    && (tokens.get(k - 1).punctuation(',') || tokens.get(k - 1).is("and"))
                    && descriptionBefore(tokens, k, to)) {
                k = to; // "Chile, Peru and first-time donor Tonga": what the next member is, before its name
            } else if (t.is("as")
                    && k + 2 < to
                    && tokens.get(k + 1).is("well")
                    && tokens.get(k + 2).is("as")) {
                k += 3;
            } else if ((t.is("along") || t.is("together"))
                    && k + 1 < to
                    && tokens.get(k + 1).is("with")) {
                k += 2; // "Chile and Peru, along with Japan, signed": all three did
            } else if (partners > k) {
                k = partners; // "the US joined forces with Chile and Peru to block it": all three
            } else if (t.is("besides") || t.is("alongside") || t.is("plus")) {
                k++;
            } else if (t.is("from") && k > from && tokens.get(k - 1).is("and")) {
                k++;
            } else if (t.is("the")
                    || (t.is("his") || t.is("her") || t.is("their"))
                            && k > from
                            && tokens.get(k - 1).is("and")) {
                k++; // "Ana Ruiz and her Fijian counterpart": the possessive opens the next member
            } else if (t.word()
                    && Character.isLowerCase(t.text().charAt(0))
                    && t.lower().endsWith("ly")
                    && k > from
                    && tokens.get(k - 1).punctuation(',')) {
                k++; // "Chile, Peru and, unexpectedly, Ghana": an aside between commas
            } else if (t.word()
                    && t.upperCase()
                    && k > from
                    && (tokens.get(k - 1).punctuation(',') || tokens.get(k - 1).is("and"))
                    && unknownNameEnd(tokens, k, to) > k) {
                k = unknownNameEnd(tokens, k, to); // "Kenya, Atlantis, and Peru": a name the gazetteer lacks
            } else if (t.word()
                    && t.upperCase()
                    && k > from
                    && (tokens.get(k - 1).punctuation(',') || tokens.get(k - 1).is("and"))
                    && officeOfEnd(tokens, k, to) > k) {
                k = officeOfEnd(tokens, k, to); // "Ana Ruiz, President of Peru Luis Soto": the next member's office
            } else if ((t.is("group") || t.is("groups") || t.is("members") || STATE_TITLES.contains(t.lower()))
                    && k + 1 < to
                    && tokens.get(k + 1).is("of")) {
                k += 2; // "Kenya, and the Republic of Ghana": the title before the name stays in the list
            } else {
                return false;
            }
        }
        return true;
    }

    /** Every mention at characters [from, to). */
    public static List<Mention> between(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** Distinct actors, in order, by code or else by name. */
    public static List<Actor> distinct(List<Mention> mentions) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (out.stream().noneMatch(a -> key(a).equals(key(m.actor())))) {
                out.add(m.actor());
            }
        }
        return out;
    }

    public static String key(Actor actor) {
        return actor.code() != null ? actor.code() : actor.name().toLowerCase(Locale.ROOT);
    }
}
