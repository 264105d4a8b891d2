package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.MoneyContext;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * Each money figure goes to the outcome whose phrase holds it or that stands nearest before it in the same
 * clause; money that no outcome takes but that a funding trigger introduces ("Germany pledged $100 million
 * to the fund") is an outcome of its own, named after its target or its donor.
 */
final class OutcomeMoney implements OutcomeFinder {

    private static final Pattern TO_NAME =
            Pattern.compile("^\\s+(to|for|into|in|through|via|under)\\s+((?:the\\s+)?[^,;.]{2,80})");
    private static final Pattern NEXT_CLAUSE = Pattern.compile("\\s+(?:while|whereas)\\s+");
    /** "... in support of Fiji and that two loans were approved": a second reported clause ends the name. */
    private static final Pattern AND_THAT = Pattern.compile("\\s+and\\s+that\\s+.*$");

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+(?=\\p{Lu})");
    private static final Pattern DEAL_SUBJECT = Pattern.compile(
            "^(?:The|A|An)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:decision|deal|agreement|accord|goal|text|settlement)"
                    + "(?:\\s+(?:on|for|of)\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)?)\\s+"
                    + "(?:commits|calls|sets|provides|requires|includes|establishes|obliges|asks|pledges|promises)\\b");

    private static final Set<String> APPROXIMATE = WordSets.of(
            "more",
            "than",
            "over",
            "up",
            "to",
            "some",
            "about",
            "around",
            "nearly",
            "almost",
            "at",
            "least",
            "roughly",
            "approximately");
    /** Words right before a raising verb that make the sum aimed at or raised before ("will raise", "had raised"). */
    private static final Set<String> NOT_DONE_YET =
            WordSets.of("to", "had", "will", "would", "could", "may", "might", "should", "must", "can");

    /** What may stand between a raising verb and its sum: "raised a record total of close to $2 billion". */
    private static final Set<String> BEFORE_A_RAISED_SUM =
            WordSets.of("close", "a", "record", "total", "of", "so", "far");

    private final PhraseMatcher fundingTriggers;
    private final Set<String> pledgeNouns;
    private final Set<String> pledgeVerbs;
    private final Set<String> raisingVerbs;

    /**
     * @param fundingTriggers phrases before money that make it a pledge ("pledged", "will invest")
     * @param pledgeNouns     nouns right after money that make it one ("investment", "grants"), as lemmas
     * @param pledgeVerbs     verbs whose passive later in the clause makes it one ("has been pledged"), as lemmas
     * @param raisingVerbs    verbs right before money that make it one ("raised a record $2 billion"), as lemmas
     */
    OutcomeMoney(
            List<String> fundingTriggers,
            List<String> pledgeNouns,
            List<String> pledgeVerbs,
            List<String> raisingVerbs) {
        this.fundingTriggers = PhraseMatcher.of(fundingTriggers);
        this.pledgeNouns = WordSets.copyOf(pledgeNouns);
        this.pledgeVerbs = WordSets.copyOf(pledgeVerbs);
        this.raisingVerbs = WordSets.copyOf(raisingVerbs);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<FoundFigure> money = scope.money;
        if (money.isEmpty()) {
            return;
        }
        String text = scope.text();
        List<PhraseMatcher.Hit> funding = new ArrayList<>(fundingTriggers.find(scope.tokens()));
        // "the commitment by developed countries to mobilise $100 billion": what a goal is about, not a pledge
        funding.removeIf(h -> h.first() >= 2
                && scope.tokens().get(h.first() - 1).is("to")
                && scope.tokens().get(h.first() - 2).tag() == Tag.NOUN);
        // "Tonga was granted $5 million": the subject receives it, no one named pledges it here
        funding.removeIf(h -> Grammar.passiveAt(scope.tokens(), h.first()));
        if (sharesOfAnEarlierSum(scope)) {
            return; // "Of this total, €60 million for schools; ...": how it is split
        }
        List<OutcomeDraft> named = new ArrayList<>(scope.drafts);
        for (FoundFigure f : money) {
            if (ofAnotherGathering(scope, f)) {
                continue; // "follows a conference in London last year which raised $12 billion"
            }
            OutcomeDraft owner = null;
            for (OutcomeDraft d : named) {
                if (d.start <= f.start()
                        && d.money == null
                        && !d.eventDocument // "the declaration backed investment of $4 trillion": what it says
                        && !separated(text, d.end, f.start())
                        && (owner == null || d.start > owner.start)) {
                    owner = d;
                }
            }
            if (owner != null && (f.start() <= owner.end || nextDraftAfter(named, owner, f.start()))) {
                owner.money = f;
                continue;
            }
            boolean introduced = funding.stream().anyMatch(h -> h.end() <= f.start())
                    || pledgeNounBefore(scope, f)
                    || raisedRightBefore(scope, f)
                    || pledgeNounAfter(scope, f)
                    || pledgedLater(scope, f)
                    || donorLabel(scope, f);
            if (!introduced || MoneyContext.notAPledge(scope.sentence, f)) {
                continue;
            }
            int previousMoney = money.stream()
                    .filter(g -> g.end() <= f.start())
                    .mapToInt(FoundFigure::end)
                    .max()
                    .orElse(0);
            List<Mention> group = ActorGroups.nearestBefore(scope.sentence, previousMoney, f.start());
            for (PhraseMatcher.Hit h : funding) {
                if (!group.isEmpty() && h.last() == group.get(0).first()) {
                    // "will lend Fiji up to $3 billion": Fiji, right after the verb, receives; its subject gives
                    group = ActorGroups.nearestBefore(scope.sentence, previousMoney, h.start());
                    break;
                }
            }
            OutcomeDraft d = new OutcomeDraft(null, f.start(), f.end());
            d.moneyOnly = true;
            d.money = f;
            d.actors.addAll(ActorGroups.distinct(group));
            Matcher to = TO_NAME.matcher(text.substring(f.end()));
            boolean hasTo = to.find();
            String toward = hasTo
                    ? AND_THAT.matcher(
                                    beforeNextSum(to.group(2), f.end() + to.start(2), money, scope.sentence.mentions()))
                            .replaceFirst("")
                            .strip()
                    : null;
            String preposition = hasTo ? to.group(1) : null;
            String who =
                    group.isEmpty() ? null : group.get(group.size() - 1).actor().name();
            String target = toward == null ? null : LEADING_THE.matcher(toward).replaceFirst("");
            Matcher deal = DEAL_SUBJECT.matcher(text);
            String thing = thingFunded(scope, f);
            if (group.isEmpty() && deal.find()) {
                // "The decision on the new goal commits developed countries to ... $300 billion"
                d.name = deal.group(1);
                d.fixedType = OutcomeType.AGREEMENT;
                d.moneyOnly = false;
            } else if (target != null
                    && Character.isUpperCase(target.charAt(0))
                    && scope.gazetteer.byName(target).isEmpty()) {
                d.name = target;
            } else if (thing != null) {
                d.name = thing; // "a $5 million scholarship scheme for island students"
            } else {
                d.name = (who == null ? "Funding pledge" : who + " pledge")
                        + (toward == null ? "" : " " + preposition + " " + toward);
            }
            scope.drafts.add(d);
        }
        scope.drafts.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    /** How many tokens the opening "Of the ..." may run before its comma. */
    private static final int SUM_REACH = 10;

    /** What a word of {@code outcome-money-words.tsv} is. */
    enum Word {
        SUM_NOUN
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("outcome-money-words.tsv").wordsByRole(Word.class);

    /** Nouns for a sum said before ("of the total", "of this money"). */
    private static final Set<String> SUM_NOUNS = WORDS.get(Word.SUM_NOUN);

    /**
     * A sentence that opens with "Of the" (or "this", "that") and a sum said before, up to its first comma: "Of the
     * $1 billion pledged, ...", "Of this total, ...". The sums after it share out that sum; none is new.
     */
    private static boolean sharesOfAnEarlierSum(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        if (tokens.size() < 4
                || !tokens.get(0).is("of")
                || !(tokens.get(1).is("the")
                        || tokens.get(1).is("this")
                        || tokens.get(1).is("that"))) {
            return false;
        }
        int comma = 2;
        while (comma < tokens.size() && !tokens.get(comma).punctuation(',') && comma < SUM_REACH) {
            comma++;
        }
        if (comma >= tokens.size() || !tokens.get(comma).punctuation(',')) {
            return false;
        }
        int commaAt = tokens.get(comma).start();
        if (scope.money.stream().anyMatch(f -> f.end() <= commaAt)) {
            return true;
        }
        for (int k = 2; k < comma; k++) {
            if (SUM_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The words between "and" and a second sum that bring in another sum, not more of the purpose. */
    private static final Pattern ANOTHER_SUM = Pattern.compile(
            LexiconFile.read("another-sum-words.txt").words().stream()
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|", "(?:(?:", ")\\s+)*")),
            Pattern.CASE_INSENSITIVE);

    /**
     * "contributed $200 million to the fund and Canada $150 million", "$458 million for relief and an additional $214
     * million": the purpose ends before the next sum and the "and" that brings in its giver or the sum itself.
     */
    private static String beforeNextSum(String toward, int at, List<FoundFigure> money, List<Mention> actors) {
        for (FoundFigure g : money) {
            if (g.start() > at && g.start() < at + toward.length()) {
                String head = toward.substring(0, g.start() - at);
                int and = head.lastIndexOf(" and ");
                int giver = at + and + " and ".length();
                // only where an actor follows the "and": not "the Loss and Damage Fund while Canada gave"
                if (and > 0
                        && (actors.stream().anyMatch(m -> m.start() == giver)
                                || ANOTHER_SUM
                                        .matcher(head.substring(and + " and ".length()))
                                        .matches())) {
                    return head.substring(
                            0, and); // "... and Canada $150 million", "... and an additional $214 million"
                }
                Matcher clause = NEXT_CLAUSE.matcher(head);
                return clause.find() ? head.substring(0, clause.start()) : toward; // "... Fund while Canada gave"
            }
        }
        return toward;
    }

    /** How many words the thing a sum describes may take, its complement included ("scholarship scheme for ..."). */
    private static final int THING_WORDS = 8;

    /**
     * "unveiled a $5 million scholarship scheme for island students": the sum after "a" describes the thing that
     * follows it, which names the outcome (not a pledge noun, "a $5 million grant", which names none); null where no
     * such thing follows.
     */
    private String thingFunded(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        int before = scope.sentence.tokenAt(f.start()) - 1;
        if (before < 0 || !tokens.get(before).is("a") && !tokens.get(before).is("an")) {
            return null;
        }
        int from = scope.sentence.tokenAt(f.end());
        int k = from;
        while (k < tokens.size()
                && k - from < THING_WORDS
                && (tokens.get(k).tag() == Tag.ADJ || tokens.get(k).tag() == Tag.NOUN)) {
            k++;
        }
        if (k == from
                || tokens.get(k - 1).tag() != Tag.NOUN
                || pledgeNouns.contains(tokens.get(k - 1).lemma())) {
            return null;
        }
        if (k + 1 < tokens.size() && (tokens.get(k).is("for") || tokens.get(k).is("on"))) {
            int end = k + 1;
            while (end < tokens.size()
                    && end - from < THING_WORDS
                    && (tokens.get(end).tag() == Tag.ADJ
                            || tokens.get(end).tag() == Tag.NOUN
                            || tokens.get(end).tag() == Tag.DET && end == k + 1)) {
                end++;
            }
            if (end > k + 1 && tokens.get(end - 1).tag() == Tag.NOUN) {
                k = end; // "for island students"
            }
        }
        String thing = scope.sentence.span(from, k);
        return Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
    }

    /** "a €365 million investment", "$4 million in new grants": a pledge noun right after the money. */
    private boolean pledgeNounAfter(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        int k = scope.sentence.tokenAt(f.end());
        if (k < tokens.size() && tokens.get(k).is("in")) {
            k++; // "$4 million in (new) grants"
        }
        for (int j = k; j < Math.min(tokens.size(), k + 2); j++) {
            Token t = tokens.get(j);
            if (pledgeNouns.contains(t.lemma())) {
                return true;
            }
            if (t.tag() != Tag.ADJ) {
                return false; // "a €365 million investment", "$2 billion new funding"; not "$3 billion of aid"
            }
        }
        return false;
    }

    /** "an investment of €4 billion", "commitments worth more than €1 billion": a pledge noun before the money. */
    private boolean pledgeNounBefore(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        int k = scope.sentence.tokenAt(f.start()) - 1;
        while (k >= 0 && (APPROXIMATE.contains(tokens.get(k).lower()))) {
            k--;
        }
        return k >= 1
                && (tokens.get(k).is("of") || tokens.get(k).is("worth"))
                && pledgeNouns.contains(tokens.get(k - 1).lemma())
                && !MoneyContext.needed(tokens, k - 1);
    }

    /** Words for another time ("last", "previous") that mark the gathering a relative clause speaks of. */
    private static final Set<String> OTHER_TIMES =
            WordSets.copyOf(LexiconFile.read("other-gathering-times.txt").words());

    /** What a word for another time must qualify to name another gathering ("last year", "previous conference"). */
    private static final Set<String> GATHERING_TIMES =
            WordSets.copyOf(LexiconFile.read("gathering-time-nouns.txt").words());

    /** How far before a relative clause's verb its antecedent's word for another time may stand. */
    private static final int ANTECEDENT_REACH = 8;

    /** The sum sits in a relative clause ("which raised") about a gathering of another time ("last year"). */
    private static boolean ofAnotherGathering(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        int verb = scope.sentence.tokenAt(f.start()) - 1;
        if (verb < 1
                || tokens.get(verb).tag() != Tag.VERB
                || !tokens.get(verb - 1).is("which") && !tokens.get(verb - 1).is("that")) {
            return false; // not "which raised $12 billion" ("announced that the EU would invest" is no relative)
        }
        int relative = verb - 1;
        for (int b = relative - 1; b >= 0 && b >= relative - ANTECEDENT_REACH; b--) {
            if (OTHER_TIMES.contains(tokens.get(b).lower())
                    && b + 1 < relative
                    && GATHERING_TIMES.contains(tokens.get(b + 1).lower())) {
                return true; // "last year", "the previous conference"; not "in the last session"
            }
        }
        return false;
    }

    /** "raised a record $23.7 billion", "has secured close to €500 million": a raising verb right before. */
    private boolean raisedRightBefore(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        int k = scope.sentence.tokenAt(f.start()) - 1;
        while (k >= 0
                && (APPROXIMATE.contains(tokens.get(k).lower())
                        || BEFORE_A_RAISED_SUM.contains(tokens.get(k).lower()))) {
            k--;
        }
        // done here, not aimed at or done before: not "its target of raising $5 billion", "aims to raise $5
        // billion", "the last summit had raised $4 billion"
        return k >= 0
                && tokens.get(k).tag() == Tag.VERB
                && raisingVerbs.contains(tokens.get(k).lemma())
                && !tokens.get(k).lower().endsWith("ing")
                && !(k > 0 && NOT_DONE_YET.contains(tokens.get(k - 1).lower()));
    }

    /** "- Norway's Fund: $5 million ...": a list item whose label names a donor. */
    private static boolean donorLabel(OutcomeScope scope, FoundFigure f) {
        if (!scope.sentence.marker() && !scope.sentence.lineItem()) {
            return false;
        }
        int colon = scope.text().indexOf(':');
        return colon > 0
                && colon < f.start()
                && colon < 60
                && scope.actors().stream().anyMatch(m -> m.end() <= colon);
    }

    /** "$19 billion in public funds has been pledged": a passive pledge verb later in the clause. */
    private boolean pledgedLater(OutcomeScope scope, FoundFigure f) {
        List<Token> tokens = scope.tokens();
        for (int j = scope.sentence.tokenAt(f.end()); j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.punctuation(';')
                    || t.punctuation(',')
                            && j + 1 < tokens.size()
                            && tokens.get(j + 1).tag() == Tag.SCONJ) {
                return false;
            }
            if (t.tag() == Tag.VERB
                    && pledgeVerbs.contains(t.lemma())
                    && (Grammar.passiveBefore(tokens, j) || j == scope.sentence.tokenAt(f.end()))) {
                return true; // "has been pledged", "$11 million committed by donors"
            }
        }
        return false;
    }

    private static boolean nextDraftAfter(List<OutcomeDraft> drafts, OutcomeDraft owner, int offset) {
        return drafts.stream().noneMatch(d -> d != owner && d.start > owner.start && d.start < offset);
    }

    private static boolean separated(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String between = text.substring(from, to);
        return between.contains(";") || between.contains(". ");
    }
}
