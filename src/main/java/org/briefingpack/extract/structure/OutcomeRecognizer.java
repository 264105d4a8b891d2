package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Count;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;

/**
 * Finds what an event produced: names after trigger phrases ("launched the X", "the signing of X"), passive
 * statements ("X was agreed"), labelled list items ("X: ..."), and money pledged ("Germany announced
 * $100 million"). Money and member counts in the same clause attach to the outcome.
 */
final class OutcomeRecognizer {

    private static final Pattern PRESENT_AUXILIARY = Pattern.compile("(?i)(?:is|are)\\b.*");
    private static final Pattern LOWER_WORD_AHEAD = Pattern.compile("^\\s+(\\p{Ll}+)");
    private static final Pattern WORD_AHEAD = Pattern.compile("^\\s+(\\p{L}+)");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("\\s+(?:of|on|for|to|and|the|in)$");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+(?=\\p{Lu})");

    private static final Pattern NEGATION = Pattern.compile(
            "(?:\\bnot|\\bnever|n't|\\bno|\\brefused to|\\bdeclined to|\\bfailed to)\\s+(?:\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^([A-Z][^:.;]{2,90}?)\\s*:\\s+\\S");
    private static final Pattern AUXILIARY = Pattern.compile(
            "\\b(?:was|were|is|are|has been|have been|had been|be|been)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PURPOSE = Pattern.compile(
            "\\b(?:aimed to|aiming to|aims to|aimed at|designed to|intended to|meant to|to foster|to promote|to help|to support"
                    + "|to steer|committing to)\\s+([^,;.]{3,160})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINING = Pattern.compile(
            "\\b(?:join|joined|joining|signed up|members?|endorsed|signed|backed|supported|adopted|signatories)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_NAME =
            Pattern.compile("^\\s+(to|for|into|in|through|via|under)\\s+((?:the\\s+)?[^,;.]{2,80})");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]([A-Z][^”\"]{2,100})[”\"]\\s+(\\p{L}+)");
    private static final Pattern QUOTED_NAME = Pattern.compile("[“\"]([A-Z][^”\"]{2,80})[”\"]");
    private static final Pattern DEAL_SUBJECT = Pattern.compile(
            "^(?:The|A|An)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:decision|deal|agreement|accord|goal|text|settlement)"
                    + "(?:\\s+(?:on|for|of)\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)?)\\s+"
                    + "(?:commits|calls|sets|provides|requires|includes|establishes|obliges|asks|pledges|promises)\\b");

    private final ActorGazetteer gazetteer;
    private final PhraseMatcher triggers;
    private final PhraseMatcher participles;
    private final PhraseMatcher namingCues;
    private final PhraseMatcher listNouns;
    private final PhraseMatcher fundingTriggers;
    private final OutcomeTypes types;
    private final NounPhrases phrases;
    private final Set<String> memberUnits;

    OutcomeRecognizer(
            ActorGazetteer gazetteer,
            List<String[]> triggerRows,
            List<String> participleLines,
            List<String> fundingLines,
            OutcomeTypes types,
            NounPhrases phrases,
            List<String> memberUnits) {
        this(gazetteer, triggerRows, participleLines, fundingLines, types, phrases, memberUnits, List.of(), List.of());
    }

    OutcomeRecognizer(
            ActorGazetteer gazetteer,
            List<String[]> triggerRows,
            List<String> participleLines,
            List<String> fundingLines,
            OutcomeTypes types,
            NounPhrases phrases,
            List<String> memberUnits,
            List<String> namingCues,
            List<String> listNouns) {
        this.namingCues = PhraseMatcher.ofLines(namingCues);
        this.listNouns = PhraseMatcher.ofLines(listNouns);
        this.gazetteer = gazetteer;
        this.triggers = new PhraseMatcher(
                triggerRows.stream()
                        .map(r -> new String[] {r[0].strip(), r.length > 1 ? r[1].strip() : "object"})
                        .toList(),
                false);
        this.participles = PhraseMatcher.ofLines(participleLines);
        this.fundingTriggers = PhraseMatcher.ofLines(fundingLines);
        this.types = types;
        this.phrases = phrases;
        this.memberUnits = Set.copyOf(memberUnits);
    }

    /** A candidate before money and counts are attached. */
    private static final class Draft {
        String name;
        int start;
        int end;
        OutcomeType fixedType;
        FoundFigure money;
        FoundFigure count;
        List<Actor> actors = new ArrayList<>();
        boolean moneyOnly;
        boolean label;

        Draft(String name, int start, int end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }
    }

    List<Outcome> recognize(List<Unit> units, Set<Integer> skip, List<List<ActorGazetteer.Mention>> actorsByUnit) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean listOpen = false;
        for (Unit unit : units) {
            if (unit.heading() || skip.contains(unit.index())) {
                listOpen = false;
                continue;
            }
            List<Draft> drafts = draftsOf(unit, outcomes, actorsByUnit.get(unit.index()));
            if (drafts.isEmpty() && listOpen && unit.marker()) {
                Draft item = listItem(unit);
                if (item != null) {
                    drafts = List.of(item);
                }
            }
            listOpen = unit.marker() ? listOpen : introducesOutcomeList(unit.text());
            if (drafts.isEmpty()) {
                attachJoiningCount(unit, outcomes);
                continue;
            }
            for (Draft d : drafts) {
                Outcome o = build(unit, d);
                mergeOrAdd(outcomes, o);
            }
        }
        return outcomes;
    }

    /** "Other documents adopted included:", "The summit launched:": a line ending in a colon that names
     *  outcomes (a trigger or a plural like "documents") opens a list whose items are outcomes. */
    private boolean introducesOutcomeList(String text) {
        String t = text.strip();
        return t.endsWith(":") && (!triggers.find(t).isEmpty() || listNouns.containsAny(t));
    }

    /** A list item after such a line: its leading noun phrase, when it is a name or has an outcome keyword. */
    private Draft listItem(Unit unit) {
        String text = unit.text();
        NounPhrases.Phrase p = phrases.after(text, 0, unit.local(FigureKind.MONEY));
        if (p == null
                || !(p.capitalised() || p.quoted() || types.typeOf(p.text()) != null)
                || gazetteer.byName(p.text()).isPresent()) {
            return null;
        }
        return new Draft(p.text(), p.start(), p.end());
    }

    private List<Draft> draftsOf(Unit unit, List<Outcome> earlier, List<ActorGazetteer.Mention> actors) {
        String text = unit.text();
        List<FoundFigure> money = unit.local(FigureKind.MONEY);
        List<Draft> drafts = new ArrayList<>();
        int bodyFrom = 0;

        // "Global Digital Compact: the first worldwide agreement ..."
        String plain = unit.plain();
        Matcher label = LABEL.matcher(plain);
        if (plain.indexOf(':') > 0 && label.find() && types.typeOf(label.group(1)) != null && isTitle(label.group(1))) {
            int at = text.indexOf(label.group(1));
            if (at < 0) {
                at = 0;
            }
            Draft d = new Draft(label.group(1).strip(), at, at + label.group(1).length());
            d.label = true;
            drafts.add(d);
            bodyFrom = text.indexOf(':', at) + 1;
        }

        List<Draft> verbal = new ArrayList<>();
        List<PhraseMatcher.Hit> hits = triggers.find(text);
        for (PhraseMatcher.Hit hit : hits) {
            if (hit.start() < bodyFrom
                    || NEGATION.matcher(text.substring(Math.max(0, hit.start() - 30), hit.start()))
                            .find()) {
                continue;
            }
            if (AUXILIARY
                    .matcher(text.substring(Math.max(0, hit.start() - 25), hit.start()))
                    .find()) {
                continue; // passive forms are handled below
            }
            switch (hit.label()) {
                case "verb" -> {
                    String phrase = clause(text, hit.end());
                    if (Words.split(phrase).length >= 3) {
                        Draft d = new Draft(phrase, hit.start(), hit.end() + phrase.length() + 1);
                        d.fixedType = OutcomeType.OTHER;
                        verbal.add(d);
                    }
                }
                case "clause" -> {
                    String phrase = clause(text, hit.end());
                    if (Words.split(phrase).length >= 4) {
                        Draft d = new Draft("agreement that " + phrase, hit.start(), hit.end() + phrase.length() + 1);
                        d.fixedType = OutcomeType.AGREEMENT;
                        verbal.add(d);
                    }
                }
                default -> {
                    NounPhrases.Phrase p = phrases.after(text, hit.end(), money);
                    if (p != null && acceptable(p, actors, earlier, drafts)) {
                        String name = p.text();
                        Draft d = new Draft(name, hit.start(), p.end());
                        if (p.possessive()) {
                            List<ActorGazetteer.Mention> owner =
                                    ActorGroups.nearestBefore(actors, 0, hit.start(), text);
                            if (!owner.isEmpty()) {
                                d.name = owner.get(owner.size() - 1).actor().name() + " " + name;
                            }
                        }
                        if (p.quoted()) {
                            d.fixedType = typeAfterQuote(text, p.end());
                        }
                        drafts.add(d);
                    }
                }
            }
        }
        // "the leaders' declaration was agreed"
        for (PhraseMatcher.Hit hit : participles.find(text)) {
            int window = Math.max(0, hit.start() - 30);
            Matcher aux = AUXILIARY.matcher(text.substring(window, hit.start()));
            if (hit.start() < bodyFrom || !aux.find()) {
                continue;
            }
            NounPhrases.Phrase p = phrases.before(text, window + aux.start());
            boolean generic = PRESENT_AUXILIARY.matcher(aux.group().strip()).matches() && p != null && !p.capitalised();
            if (p != null
                    && !generic
                    && acceptable(p, actors, earlier, drafts)
                    && !overlaps(drafts, p.start(), p.end())) {
                drafts.add(new Draft(p.text(), p.start(), hit.end()));
            }
        }
        // an independent "State of the Science" report
        Matcher q = QUOTED_TITLE.matcher(text);
        while (q.find()) {
            OutcomeType type = types.typeOf(q.group(2));
            if (type != null && q.start() >= bodyFrom && !overlaps(drafts, q.start(), q.end())) {
                Draft d = new Draft(q.group(1) + " " + q.group(2), q.start(), q.end());
                d.fixedType = type;
                drafts.add(d);
            }
        }
        // what the presidency marketed as the "UAE Consensus"
        Matcher qt = QUOTED_NAME.matcher(text);
        while (qt.find()) {
            OutcomeType type = types.typeOf(qt.group(1));
            if (type != null
                    && qt.start() >= bodyFrom
                    && isTitle(qt.group(1))
                    && !overlaps(drafts, qt.start(), qt.end())
                    && !NEGATION.matcher(text.substring(Math.max(0, qt.start() - 30), qt.start()))
                            .find()) {
                drafts.add(new Draft(qt.group(1), qt.start(), qt.end()));
            }
        }
        // "Attached to the declaration, the Seoul Statement of Intent toward ... sets out ..."
        // only a clause that can still hold an agreement keyword needs a noun phrase
        int lastAgreementWord = Integer.MIN_VALUE; // computed when a clause first needs it
        for (int at : clauseStarts(text)) {
            if (at < bodyFrom || overlaps(drafts, at, at + 1)) {
                continue;
            }
            if (lastAgreementWord == Integer.MIN_VALUE) {
                lastAgreementWord = types.lastAgreementWord(text);
            }
            if (at > lastAgreementWord) {
                continue;
            }
            NounPhrases.Phrase p = phrases.after(text, at, money);
            if (p != null
                    && p.capitalised()
                    && !p.quoted()
                    && Words.split(p.text()).length >= 3
                    && types.typeOf(p.text()) == OutcomeType.AGREEMENT
                    && followedByVerb(text, p.end())
                    && acceptable(p, actors, earlier, drafts)
                    && !overlaps(drafts, p.start(), p.end())) {
                drafts.add(new Draft(p.text(), p.start(), p.end()));
            }
        }
        if (drafts.isEmpty()) {
            drafts.addAll(verbal);
        }
        applyNamingCues(text, money, drafts);
        splitCoordinated(drafts);
        mergeLabel(drafts);
        drafts.sort((a, b) -> Integer.compare(a.start, b.start));
        attachMoney(text, money, actors, drafts);
        attachCounts(unit, drafts);
        for (Draft d : drafts) {
            if (d.actors.isEmpty()) {
                d.actors.addAll(ActorGroups.distinct(ActorGroups.nearestBefore(actors, 0, d.start, text)));
            }
        }
        return drafts;
    }

    /** Where a clause starts: the text start, or after ",", ";" or ":" and white space, before "the" or a
     *  capital letter (a hand-written scan for {@code (?:^|[,;:]\s+)(?=(?:the\s+)?[A-Z])}). */
    static List<Integer> clauseStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        if (capitalAhead(text, 0)) {
            starts.add(0);
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ',' && c != ';' && c != ':') {
                continue;
            }
            int j = k + 1;
            while (j < text.length() && isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j > k + 1 && capitalAhead(text, j)) {
                starts.add(j);
            }
        }
        return starts;
    }

    private static boolean capitalAhead(String text, int at) {
        int j = at;
        if (text.startsWith("the", j) && j + 3 < text.length() && isRegexSpace(text.charAt(j + 3))) {
            j += 3;
            while (j < text.length() && isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
                return true;
            }
        }
        return at < text.length() && text.charAt(at) >= 'A' && text.charAt(at) <= 'Z';
    }

    /** {@code \s} of java.util.regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean followedByVerb(String text, int end) {
        Matcher m = LOWER_WORD_AHEAD.matcher(text.substring(end));
        return m.find() && m.group(1).endsWith("s");
    }

    /**
     * "a declaration known as the Lima Compact", "a report entitled “State of the Coasts”": the name is
     * what follows the cue; its own keyword gives the type, else the generic noun before the cue does.
     */
    private void applyNamingCues(String text, List<FoundFigure> money, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        List<PhraseMatcher.Hit> cues = namingCues.find(text);
        if (cues.isEmpty()) {
            return;
        }
        for (Draft d : drafts) {
            if (d.name == null) {
                continue;
            }
            for (PhraseMatcher.Hit cue : cues) {
                if (cue.start() <= d.start
                        || cue.start() > d.end + 2
                        || !text.substring(d.end, Math.max(d.end, cue.start())).isBlank() && cue.start() > d.end) {
                    continue;
                }
                NounPhrases.Phrase p = phrases.after(text, cue.end(), money);
                if (p == null || !(p.capitalised() || p.quoted())) {
                    continue;
                }
                String generic = d.name;
                int cut = indexOfIgnoreCase(generic, cue.phrase());
                if (cut > 0) {
                    generic = generic.substring(0, cut).strip();
                }
                OutcomeType own = p.quoted() ? typeAfterQuote(text, p.end()) : null;
                if (own == null) {
                    own = types.typeOf(p.text());
                }
                d.fixedType = own != null ? own : d.fixedType != null ? d.fixedType : types.typeOf(generic);
                d.name = p.text();
                d.end = Math.max(d.end, p.end());
                break;
            }
        }
    }

    private static int indexOfIgnoreCase(String s, String part) {
        return s.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT));
    }

    /** "the Tuna Charter and the Reef Restoration Roadmap": two named outcomes in one phrase. */
    private void splitCoordinated(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.name == null || d.money != null) {
                continue;
            }
            int and = d.name.indexOf(" and ");
            if (and <= 0) {
                continue;
            }
            String left = d.name.substring(0, and).strip();
            String right = d.name.substring(and + 5).strip();
            if (right.startsWith("the ")) {
                right = right.substring(4);
            }
            if (isTitle(left)
                    && isTitle(right)
                    && Words.split(left).length >= 2
                    && Words.split(right).length >= 2
                    && Character.isUpperCase(right.charAt(0))
                    && types.typeOf(left) != null
                    && types.typeOf(right) != null
                    && types.headKeyword(left) != null
                    && endsWithKeyword(left)) {
                d.name = left;
                Draft second = new Draft(right, d.start + and + 5, d.end);
                second.actors.addAll(d.actors);
                drafts.add(i + 1, second);
                d.end = d.start + and;
            }
        }
    }

    /** The left part of a coordination names an outcome of its own only when its last word is the keyword. */
    private boolean endsWithKeyword(String name) {
        String[] words = Words.split(name);
        String last = words[words.length - 1];
        return types.typeOf(last) != null;
    }

    /** "IMEC: a memorandum of understanding ... was announced": one outcome, the label naming the body's. */
    private void mergeLabel(List<Draft> drafts) {
        if (drafts.size() < 2 || !drafts.get(0).label) {
            return;
        }
        Draft label = drafts.get(0);
        Draft body = drafts.get(1);
        String head = body.name;
        int comma = head.indexOf(',');
        if (comma > 0) {
            head = head.substring(0, comma);
        }
        String[] words = Words.split(head);
        head = TRAILING_CONNECTOR
                .matcher(String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 4))))
                .replaceFirst("");
        if (types.headKeyword(label.name) != null
                && types.headKeyword(label.name).equals(types.headKeyword(head))) {
            drafts.remove(1);
            return;
        }
        body.name = label.name + " " + Character.toLowerCase(head.charAt(0)) + head.substring(1);
        drafts.remove(0);
    }

    private static boolean isTitle(String label) {
        String[] words = Words.split(label.strip());
        if (words.length > 12) {
            return false;
        }
        int upper = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                upper++;
            }
        }
        return upper * 2 > words.length;
    }

    /** Not an actor's bare name, not a repeat ("the declaration") of an outcome already found. */
    private boolean acceptable(
            NounPhrases.Phrase p, List<ActorGazetteer.Mention> actors, List<Outcome> earlier, List<Draft> drafts) {
        if (gazetteer.byName(p.text()).isPresent()) {
            return false;
        }
        if (p.definite() && !p.capitalised() && Words.split(p.text()).length == 1) {
            return false; // "the declaration" refers back, it names nothing new
        }
        if (p.definite() && Words.split(p.text()).length <= 2 && !p.quoted()) {
            String head = types.headKeyword(p.text());
            if (head != null) {
                for (Outcome o : earlier) {
                    if (head.equals(types.headKeyword(o.name()))) {
                        return false;
                    }
                }
                for (Draft d : drafts) {
                    if (head.equals(types.headKeyword(d.name))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean overlaps(List<Draft> drafts, int start, int end) {
        return drafts.stream().anyMatch(d -> d.start < end && start < d.end);
    }

    private OutcomeType typeAfterQuote(String text, int end) {
        Matcher m = WORD_AHEAD.matcher(text.substring(end));
        if (m.find()) {
            return types.typeOf(m.group(1));
        }
        return null;
    }

    /** Each money figure goes to the outcome whose phrase holds it or that stands nearest before it; money
     *  that no outcome takes but that a funding trigger introduces is an outcome of its own. */
    private void attachMoney(
            String text, List<FoundFigure> money, List<ActorGazetteer.Mention> actors, List<Draft> drafts) {
        if (money.isEmpty()) {
            return; // nothing to attach (drafts stay in start order)
        }
        List<PhraseMatcher.Hit> funding = fundingTriggers.find(text);
        List<Draft> named = new ArrayList<>(drafts);
        for (FoundFigure f : money) {
            Draft owner = null;
            for (Draft d : named) {
                if (d.start <= f.start()
                        && d.money == null
                        && !separated(text, d.end, f.start())
                        && (owner == null || d.start > owner.start)) {
                    owner = d;
                }
            }
            if (owner != null && (f.start() <= owner.end || nextDraftAfter(named, owner, f.start()))) {
                owner.money = f;
                continue;
            }
            boolean introduced = funding.stream().anyMatch(h -> h.end() <= f.start());
            if (!introduced) {
                continue;
            }
            int previousMoney = money.stream()
                    .filter(g -> g.end() <= f.start())
                    .mapToInt(FoundFigure::end)
                    .max()
                    .orElse(0);
            List<ActorGazetteer.Mention> group = ActorGroups.nearestBefore(actors, previousMoney, f.start(), text);
            Draft d = new Draft(null, f.start(), f.end());
            d.moneyOnly = true;
            d.money = f;
            d.actors.addAll(ActorGroups.distinct(group));
            Matcher to = TO_NAME.matcher(text.substring(f.end()));
            boolean hasTo = to.find();
            String toward = hasTo ? to.group(2).strip() : null;
            String preposition = hasTo ? to.group(1) : null;
            String who =
                    group.isEmpty() ? null : group.get(group.size() - 1).actor().name();
            String target = toward == null ? null : LEADING_THE.matcher(toward).replaceFirst("");
            Matcher deal = DEAL_SUBJECT.matcher(text);
            if (group.isEmpty() && deal.find()) {
                // "The decision on the new goal commits developed countries to ... $300 billion"
                d.name = deal.group(1);
                d.fixedType = OutcomeType.AGREEMENT;
                d.moneyOnly = false;
            } else if (target != null
                    && Character.isUpperCase(target.charAt(0))
                    && gazetteer.byName(target).isEmpty()) {
                d.name = target;
            } else {
                d.name = (who == null ? "Funding pledge" : who + " pledge")
                        + (toward == null ? "" : " " + preposition + " " + toward);
            }
            drafts.add(d);
        }
        drafts.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static boolean nextDraftAfter(List<Draft> drafts, Draft owner, int offset) {
        return drafts.stream().noneMatch(d -> d != owner && d.start > owner.start && d.start < offset);
    }

    private static boolean separated(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String between = text.substring(from, to);
        return between.contains(";") || between.contains(". ");
    }

    private void attachCounts(Unit unit, List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        for (FoundFigure f : unit.local(FigureKind.COUNT)) {
            if (!isMemberCount(f.figure())) {
                continue;
            }
            Draft best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Draft d : drafts) {
                if (d.count != null || d.moneyOnly) {
                    continue;
                }
                int distance = f.start() >= d.end ? f.start() - d.end : d.start > f.end() ? d.start - f.end() : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
            if (best != null) {
                best.count = f;
            }
        }
    }

    boolean isMemberCount(Figure figure) {
        if (figure.unit() == null) {
            return false;
        }
        for (String word : figure.unit().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (memberUnits.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "19 countries had already agreed to join": the count belongs to the outcome just named. */
    private void attachJoiningCount(Unit unit, List<Outcome> outcomes) {
        if (outcomes.isEmpty() || unit.figures().isEmpty()) {
            return;
        }
        Outcome last = outcomes.get(outcomes.size() - 1);
        if (last.count() != null) {
            return;
        }
        for (FoundFigure f : unit.local(FigureKind.COUNT)) {
            // the cheap tests first: the joining pattern only runs for a sentence with a member count
            if (isMemberCount(f.figure()) && JOINING.matcher(unit.text()).find()) {
                List<Evidence> evidence = new ArrayList<>(last.evidence());
                evidence.add(new Evidence(unit.text()));
                outcomes.set(
                        outcomes.size() - 1,
                        new Outcome(
                                last.type(),
                                last.name(),
                                last.actors(),
                                last.amount(),
                                new Count(f.figure().value(), f.figure().unit()),
                                last.purpose(),
                                evidence));
                return;
            }
        }
    }

    private Outcome build(Unit unit, Draft d) {
        Money amount = d.money == null
                ? null
                : new Money(
                        d.money.figure().value(),
                        d.money.figure().currency(),
                        d.money.figure().text());
        Count count = d.count == null
                ? null
                : new Count(d.count.figure().value(), d.count.figure().unit());
        OutcomeType type = d.fixedType != null
                ? d.fixedType
                : d.moneyOnly ? OutcomeType.FUNDING : types.typeOf(d.name, amount != null);
        String purpose = null;
        Matcher m = PURPOSE.matcher(unit.text());
        if (m.find(Math.min(d.start, unit.text().length()))) {
            purpose = m.group(1).strip();
        }
        String name = tidy(d.name);
        return new Outcome(type, name, d.actors, amount, count, purpose, Evidence.of(unit.text()));
    }

    private static String tidy(String name) {
        String n = Words.singleSpaced(name.strip());
        if (!n.isEmpty() && Character.isLowerCase(n.charAt(0))) {
            n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return n;
    }

    private static String clause(String text, int from) {
        int end = text.length();
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ','
                    || c == ';'
                    || c == ':'
                    || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))) {
                end = k;
                break;
            }
        }
        String[] words = Words.split(text.substring(from, end).strip());
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 14)));
    }

    /** Same name (case aside): one outcome, with the money or count either mention gave. */
    private static void mergeOrAdd(List<Outcome> outcomes, Outcome o) {
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome e = outcomes.get(i);
            if (e.name().equalsIgnoreCase(o.name())) {
                outcomes.set(
                        i,
                        new Outcome(
                                e.type(),
                                e.name(),
                                e.actors().isEmpty() ? o.actors() : e.actors(),
                                e.amount() != null ? e.amount() : o.amount(),
                                e.count() != null ? e.count() : o.count(),
                                e.purpose() != null ? e.purpose() : o.purpose(),
                                e.evidence()));
                return;
            }
        }
        outcomes.add(o);
    }
}
