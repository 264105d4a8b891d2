package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;

/**
 * A host's title written before its name, as news reports do: "Host Brazil won backing for ...", "summit
 * host Japan", "with co-hosts Norway and Ghana". The title must open the sentence or follow an event noun,
 * an article, a comma or a linking word; "countries that host Syrian refugees" and "Kenya will host" use
 * the verb, and a demonym followed by its noun ("Syrian refugees") names no host.
 */
public final class HostTitles implements Rule {

    private final PhraseMatcher titles;
    private final Set<String> titleLeads;
    private final Set<String> eventNouns;
    /** Offices of a gathering written "president of the assembly" after a name. */
    private final Set<String> officeTitles;

    HostTitles(List<String> titles, List<String> titleLeads, List<String> eventNouns, List<String> officeTitles) {
        this.titles = PhraseMatcher.of(titles);
        this.officeTitles = WordSets.copyOf(officeTitles);
        this.titleLeads = WordSets.copyOf(titleLeads);
        this.eventNouns =
                eventNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static HostTitles fromClasspath() {
        return new HostTitles(
                LexiconFile.read("host-titles.txt").words(),
                LexiconFile.read("host-title-leads.txt").words(),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("gathering-office-titles.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            Mention president = officeOfTheGathering(s, findings.event.name);
            if (president == null) {
                president = holderAfterTheOffice(s, findings.event.name);
            }
            if (president != null) {
                Positions.addHost(findings, president.actor(), s);
            }
            for (PhraseMatcher.Hit hit : titles.find(tokens)) {
                Mention described = demonymBefore(s, hit);
                if (described != null) {
                    Positions.addHost(findings, described.actor(), s);
                    continue;
                }
                Mention chair = chairInApposition(s, hit, findings.event.name);
                if (chair == null) {
                    chair = presidentInApposition(s, hit);
                }
                if (chair != null) {
                    Positions.addHost(findings, chair.actor(), s);
                    continue;
                }
                if (hit.start() < s.bodyFrom() || !titleUse(s, hit.first())) {
                    continue;
                }
                int from = hit.last() < tokens.size() && tokens.get(hit.last()).punctuation(',')
                        ? hit.last() + 1
                        : hit.last(); // "the Conference President, Korean Foreign Minister ..."
                List<Mention> hosts = ListedActors.leading(s, from);
                if (hosts.isEmpty()) {
                    continue;
                }
                int after = hosts.get(hosts.size() - 1).last();
                if (after < tokens.size()
                        && tokens.get(after).tag() == Tag.NOUN
                        && !tokens.get(after).capitalised()) {
                    continue; // "host Syrian refugees": a demonym before its noun
                }
                if (!tokens.get(hit.last() - 1).lower().endsWith("s") && hosts.size() > 1) {
                    // "ministers from chair Fiji, Chile, Peru and Norway": a singular title is the first one's
                    hosts = hosts.subList(0, 1);
                }
                for (Mention m : hosts) {
                    if (m.kind() != MentionKind.PERSON) {
                        Positions.addHost(findings, m.actor(), s);
                    }
                }
            }
        }
    }

    /**
     * "the Fijian hosts sought ...", "the Saudi co-hosts": a country's adjective between an article and the title,
     * the title not itself before a noun ("the Syrian host communities"). Returns that country's mention.
     */
    private static Mention demonymBefore(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        if (hit.first() < 2 || !tokens.get(hit.first() - 2).is("the") || hit.start() < s.bodyFrom()) {
            return null;
        }
        if (hit.last() < tokens.size()
                && (tokens.get(hit.last()).tag() == Tag.NOUN
                        || tokens.get(hit.last()).capitalised())) {
            return null;
        }
        for (Mention m : s.mentions()) {
            if (m.kind() == MentionKind.COUNTRY
                    && m.first() == hit.first() - 1
                    && m.last() == hit.first()
                    && !tokens.get(m.first()).text().equals(m.actor().name())) {
                return m;
            }
        }
        return null;
    }

    /** At most this many capitalised words of a group between a country's comma and "Chair" ("Reef Forum"). */
    private static final int GROUP_WORDS = 3;

    /**
     * "Fiji, Reef Forum Chair for 2026, handed over ...", "Fiji's leader Ana Ruiz, the Reef Forum host, said": a
     * country or its leader, a comma, then the chair or host of the group whose gathering this is (a word of the
     * group's name stands in the event's name). Returns that country's (or leader's) mention.
     */
    private static Mention chairInApposition(AnnotatedSentence s, PhraseMatcher.Hit hit, String eventName) {
        List<Token> tokens = s.tokens();
        Token title = tokens.get(hit.first());
        boolean chair = title.is("chair") && title.capitalised();
        boolean host = (title.is("host") || title.is("co-host"))
                && hit.last() < tokens.size()
                && tokens.get(hit.last()).punctuation(','); // "the Reef Forum host, said": a noun, no verb
        if (eventName == null || hit.last() - hit.first() != 1 || !chair && !host) {
            return null;
        }
        int k = hit.first() - 1;
        while (k >= 0
                && hit.first() - k <= GROUP_WORDS
                && tokens.get(k).capitalised()
                && tokens.get(k).word()) {
            k--;
        }
        if (host && k < hit.first() - 1 && k >= 1 && tokens.get(k).is("the")) {
            k--; // ", the Reef Forum host,"
        }
        if (k == hit.first() - 1 || k < 1 || !tokens.get(k).punctuation(',')) {
            return null;
        }
        String eventLower = eventName.toLowerCase(Locale.ROOT);
        boolean ofThisGroup = false;
        for (int g = k + 1; g < hit.first(); g++) {
            ofThisGroup |= eventLower.contains(tokens.get(g).lower());
        }
        if (!ofThisGroup) {
            return null;
        }
        return countryOrLeaderEndingAt(s, k, host);
    }

    /**
     * "Chile's foreign minister Ana Ruiz, the conference president, said": a country or its leader, a comma, then
     * "the" and a title of this gathering ("conference president", "summit chair") set off by commas.
     */
    private Mention presidentInApposition(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        int the = hit.first() - 1;
        if (hit.last() - hit.first() != 2
                || !eventNouns.contains(tokens.get(hit.first()).lower())
                || tokens.get(hit.first()).capitalised()
                || the < 2
                || !tokens.get(the).is("the")
                || !tokens.get(the - 1).punctuation(',')
                || hit.last() >= tokens.size()
                || !tokens.get(hit.last()).punctuation(',')) {
            return null;
        }
        return countryOrLeaderEndingAt(s, the - 1, true);
    }

    /**
     * "Ana Ruiz, president of the assembly and Fiji's minister, said": a country or its leader, a comma, then an office
     * of this gathering (an event noun, or a word of the event's name, after "of"). Returns that country's (or
     * leader's) mention, or null.
     */
    private Mention officeOfTheGathering(AnnotatedSentence s, String eventName) {
        List<Token> tokens = s.tokens();
        for (int k = 2; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k + 1).is("of") // first: most tokens are ruled out without a set look-up
                    || !officeTitles.contains(tokens.get(k).lower())
                    || tokens.get(k).capitalised() && !tokens.get(k - 1).punctuation(',')) {
                continue;
            }
            int comma = tokens.get(k - 1).is("the") ? k - 2 : k - 1;
            int gathering = tokens.get(k + 2).is("the") ? k + 3 : k + 2;
            if (!tokens.get(comma).punctuation(',') || gathering >= tokens.size()) {
                continue;
            }
            if (thisGathering(s, gathering, eventName)) {
                Mention m = countryOrLeaderEndingAt(s, comma, true);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** How many tokens an apposition after "the chair of the summit," may run before its country. */
    private static final int APPOSITION_REACH = 20;

    /**
     * "asked the chair of the forum, Ana Ruiz, Chile's head of state, to ...": the office of this
     * gathering written before its holder, whose country the apposition after it names, before any verb.
     */
    private Mention holderAfterTheOffice(AnnotatedSentence s, String eventName) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (!tokens.get(k + 1).is("of")
                    || !officeTitles.contains(tokens.get(k).lower())) {
                continue;
            }
            int gathering = tokens.get(k + 2).is("the") ? k + 3 : k + 2;
            if (gathering + 1 >= tokens.size()
                    || !tokens.get(gathering + 1).punctuation(',')
                    || !thisGathering(s, gathering, eventName)) {
                continue;
            }
            for (int a = gathering + 2; a < tokens.size() && a <= gathering + APPOSITION_REACH; a++) {
                Token t = tokens.get(a);
                if (t.tag() == Tag.VERB
                        || t.tag() == Tag.AUX
                        || t.punctuation(';')
                        || t.punctuation('.') && a == tokens.size() - 1) {
                    break; // the apposition has ended: "..., said Chile's envoy" names no holder
                }
                for (Mention m : s.mentions()) {
                    if (m.first() == a
                            && (m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.PERSON)
                            && m.actor().code() != null) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the word at {@code gathering} names this gathering: an event noun, or a word of its name. */
    private boolean thisGathering(AnnotatedSentence s, int gathering, String eventName) {
        List<Token> tokens = s.tokens();
        Token what = tokens.get(gathering);
        return eventNouns.contains(what.lower())
                        && !(gathering + 1 < tokens.size()
                                && tokens.get(gathering + 1).possessiveMark())
                || eventName != null
                        && what.upperCase()
                        && eventName.contains(what.text())
                        && !inAMention(s, gathering); // "president of the UN ...": the body, not this gathering
    }

    private static boolean inAMention(AnnotatedSentence s, int k) {
        return s.mentions().stream().anyMatch(m -> m.first() <= k && k < m.last());
    }

    /** The country (or, with {@code leader}, a person standing for one) whose mention ends right before token k. */
    private static Mention countryOrLeaderEndingAt(AnnotatedSentence s, int k, boolean leader) {
        for (Mention m : s.mentions()) {
            if ((m.kind() == MentionKind.COUNTRY || leader && m.kind() == MentionKind.PERSON) && m.last() == k) {
                return m;
            }
        }
        return null;
    }

    /** The title opens the sentence, or follows an article, a comma, a linking word or an event noun. */
    private boolean titleUse(AnnotatedSentence s, int first) {
        List<Token> tokens = s.tokens();
        if (first == 0 || tokens.get(first).start() == s.bodyFrom()) {
            return true; // "Host Brazil ...", "RIO (Reuters) - Host Brazil ..."
        }
        Token before = tokens.get(first - 1);
        if (before.is("to") && tokens.get(first).lower().endsWith("hosts")) {
            return true; // "a message to hosts Fiji": the plural is the noun ("to host Fiji" would be the verb)
        }
        return before.punctuation(',')
                || before.tag() == Tag.DET
                || titleLeads.contains(before.lower())
                || eventNouns.contains(before.lower());
    }
}
