package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Finds where named parties stand: a stance trigger ("chose not to sign", "welcomed", "pledged") with the
 * actors it belongs to, the subject, and the reasons the text gives ("citing ...", "because ...").
 */
final class PositionRecognizer {

    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”]+|[\"“”]+$");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");

    private static final Pattern NEGATED =
            Pattern.compile("(?:\\bnot|\\bnever|n't)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE =
            Pattern.compile("\\b(?:was|were|is|are|be|been|being)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE =
            Pattern.compile("\\b(?:that|which|whom)\\s+(?:many|some|most|several|other|developing|the|a|an)\\b");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "\\b(?:he|she|they|it|we|I)\\s+(?:(?:also|then|later|had|has|have|would|will|\\w+ly)\\s+)*$");
    private static final java.util.Set<String> AUXILIARY_WORDS = java.util.Set.of(
            "was", "were", "is", "are", "had", "has", "have", "would", "will", "did", "does", "do", "be", "been");
    private static final Pattern NOT_THIS_EVENT = Pattern.compile(
            "^\\s*(?:the\\s+)?(?:next|previous|last|upcoming|following|first|inaugural|\\d{4}|last year's)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "is to be co-hosted by", "will be hosted by": a future host, not this event's. */
    private static final Pattern FUTURE_PASSIVE =
            Pattern.compile("\\b(?:to be|will be|would be|shall be)\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "Hosting the conference in New York, President X ...": the participle's subject follows the comma. */
    private static final Pattern HOSTING_CLAUSE = Pattern.compile("^(?:Co-)?[Hh]osting\\s+([^,]{3,80}),\\s+");

    private static final Pattern PARENTHESIS = Pattern.compile(",[^,]{1,60},");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bto\\b|\\bas well as\\b)\\s*");
    private static final Pattern QUALIFIER = Pattern.compile("^(?:the\\s+)?(?:[\\p{L} ]+-based\\s+)?(?:the\\s+)?");

    private record Trigger(Stance stance, String mode) {}

    private final PhraseMatcher stances;
    private final Map<String, Trigger> byPhrase = new LinkedHashMap<>();
    private final PhraseMatcher hostedObjects;
    private final PhraseMatcher speechVerbs;
    private final PhraseMatcher attributions;
    private final PhraseMatcher reasonCues;
    private final NounPhrases phrases;
    private final java.util.Set<String> subjectHeads;

    PositionRecognizer(
            List<String[]> stanceRows,
            List<String> hostedObjects,
            List<String> speechVerbs,
            List<String> attributions,
            List<String> reasonCues,
            NounPhrases phrases,
            List<String> subjectHeads) {
        this.subjectHeads = java.util.Set.copyOf(subjectHeads);
        List<String[]> entries = new ArrayList<>();
        for (String[] row : stanceRows) {
            String phrase = row[1].strip();
            byPhrase.put(
                    phrase.toLowerCase(Locale.ROOT),
                    new Trigger(Stance.valueOf(row[0].strip()), row.length > 2 ? row[2].strip() : "before"));
            entries.add(new String[] {phrase, phrase.toLowerCase(Locale.ROOT)});
        }
        this.stances = new PhraseMatcher(entries, false);
        this.hostedObjects = PhraseMatcher.ofLines(hostedObjects);
        this.speechVerbs = PhraseMatcher.ofLines(speechVerbs);
        this.attributions = PhraseMatcher.ofLines(attributions);
        this.reasonCues = PhraseMatcher.ofLines(reasonCues);
        this.phrases = phrases;
    }

    List<Position> recognize(
            List<Unit> units,
            List<Outcome> outcomes,
            String eventName,
            List<List<ActorGazetteer.Mention>> actorsByUnit) {
        List<Position> positions = new ArrayList<>();
        String lastOutcome = null;
        // which outcome a sentence names: the last one quoting it (one map, not a scan per sentence)
        Map<String, String> outcomeByQuote = new HashMap<>();
        for (Outcome o : outcomes) {
            for (Evidence e : o.evidence()) {
                outcomeByQuote.put(e.quote(), o.name());
            }
        }
        for (Unit unit : units) {
            String named = outcomeByQuote.get(unit.text());
            if (named != null) {
                lastOutcome = named;
            }
            for (Position p : inUnit(unit, outcomes, eventName, lastOutcome, actorsByUnit.get(unit.index()))) {
                addUnlessKnown(positions, p);
            }
        }
        return positions;
    }

    /** One position per actor, stance and (for pledges) sentence. */
    private static void addUnlessKnown(List<Position> positions, Position p) {
        String key = ActorGroups.key(p.actor());
        for (Position e : positions) {
            if (ActorGroups.key(e.actor()).equals(key)
                    && e.stance() == p.stance()
                    && (p.stance() != Stance.PLEDGED || e.evidence().equals(p.evidence()))) {
                return;
            }
        }
        positions.add(p);
    }

    private List<Position> inUnit(
            Unit unit,
            List<Outcome> outcomes,
            String eventName,
            String lastOutcome,
            List<ActorGazetteer.Mention> mentions) {
        String text = unit.text();
        Position hosting = hostingClause(unit, eventName, mentions);
        List<PhraseMatcher.Hit> hits = stances.find(text);
        if (hits.isEmpty()) {
            return hosting == null ? List.of() : List.of(hosting);
        }
        List<ActorGazetteer.Mention> actors = withoutAttributions(text, mentions);
        if (actors.isEmpty()
                && hits.stream().noneMatch(h -> byPhrase.get(h.label()).mode().equals("after"))) {
            return List.of();
        }
        List<FoundFigure> money = unit.local(FigureKind.MONEY);
        Map<String, Position> found = new LinkedHashMap<>();
        if (hosting != null) {
            found.put(ActorGroups.key(hosting.actor()) + "/" + Stance.HOSTED, hosting);
        }
        for (int h = 0; h < hits.size(); h++) {
            PhraseMatcher.Hit hit = hits.get(h);
            int clauseEnd = h + 1 < hits.size() ? hits.get(h + 1).start() : text.length();
            Trigger trigger = byPhrase.get(hit.label());
            String before = text.substring(Math.max(0, hit.start() - 30), hit.start());
            if (trigger.stance() != Stance.DECLINED && NEGATED.matcher(before).find()) {
                continue;
            }
            if (trigger.stance() == Stance.HOSTED
                    && FUTURE_PASSIVE.matcher(before).find()) {
                continue;
            }
            List<ActorGazetteer.Mention> who;
            switch (trigger.mode()) {
                case "after" ->
                    who = listAfter(
                            text,
                            hit.end(),
                            actors,
                            trigger.stance() == Stance.SIGNED || trigger.stance() == Stance.PLEDGED);
                case "money" -> {
                    who = List.of();
                    for (FoundFigure f : money) {
                        if (f.start() >= hit.end()) {
                            int previous = money.stream()
                                    .filter(g -> g.end() <= f.start() && g.end() > hit.end())
                                    .mapToInt(FoundFigure::end)
                                    .max()
                                    .orElse(0);
                            List<ActorGazetteer.Mention> group =
                                    ActorGroups.nearestBefore(actors, previous, f.start(), text);
                            String subject = outcomes.stream()
                                    .filter(o -> o.amount() != null
                                            && f.figure()
                                                    .text()
                                                    .equals(o.amount().text())
                                            && o.evidence().stream()
                                                    .anyMatch(e -> e.quote().equals(text)))
                                    .map(Outcome::name)
                                    .findFirst()
                                    .orElseGet(() -> subjectOf(text, f.end(), clauseEnd, outcomes));
                            for (ActorGazetteer.Mention m : group) {
                                put(found, m.actor(), trigger.stance(), subject, unit, List.of());
                            }
                        }
                    }
                    continue;
                }
                default -> {
                    if (Words.split(hit.phrase())[0].endsWith("ed")
                            && PASSIVE.matcher(before).find()) {
                        continue;
                    }
                    who = subjectBefore(text, hit.start(), actors);
                    if (!who.isEmpty()
                            && !reported(text, who.get(who.size() - 1).end(), hit.start())) {
                        String gap = text.substring(who.get(who.size() - 1).end(), hit.start());
                        if (RELATIVE.matcher(gap).find()
                                || PRONOUN_SUBJECT.matcher(gap).find()
                                || otherSubject(gap)) {
                            continue;
                        }
                    }
                }
            }
            if (who.isEmpty()) {
                continue;
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode().equals("before")
                    && !hostsTheEvent(text, hit.end(), eventName)) {
                continue;
            }
            String subject = trigger.stance() == Stance.HOSTED
                    ? eventName
                    : trigger.mode().equals("after")
                            ? subjectIn(text, outcomes, lastOutcome)
                            : subjectOf(text, hit.end(), clauseEnd, outcomes);
            List<String> reasons = reasons(text, hit.start(), clauseEnd);
            for (ActorGazetteer.Mention m : who) {
                put(found, m.actor(), trigger.stance(), subject, unit, reasons);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The first stance an actor takes in a sentence wins; a later one only adds its reasons. */
    private static void put(
            Map<String, Position> found, Actor actor, Stance stance, String subject, Unit unit, List<String> reasons) {
        String key = ActorGroups.key(actor) + (stance == Stance.PLEDGED || stance == Stance.HOSTED ? "/" + stance : "");
        Position existing = found.get(key);
        if (existing != null) {
            if (!reasons.isEmpty() && existing.reasons().isEmpty()) {
                found.put(
                        key,
                        new Position(
                                existing.actor(), existing.stance(), existing.subject(), reasons, existing.evidence()));
            }
            return;
        }
        found.put(key, new Position(actor, stance, subject, reasons, Evidence.of(unit.text())));
    }

    private List<ActorGazetteer.Mention> withoutAttributions(String text, List<ActorGazetteer.Mention> actors) {
        List<ActorGazetteer.Mention> kept = new ArrayList<>(actors);
        for (PhraseMatcher.Hit hit : attributions.find(text)) {
            int comma = text.indexOf(',', hit.end());
            int end = comma < 0 ? text.length() : comma;
            kept.removeIf(m -> m.start() >= hit.start() && m.end() <= end);
        }
        return kept;
    }

    /** The word right before the trigger (auxiliaries and adverbs aside) is a subject of its own. */
    private boolean otherSubject(String gap) {
        if (gap.startsWith("'s ") || gap.startsWith("’s ")) {
            return false; // "OPEC's secretary general": the actor's own people speak for it
        }
        // "Lavrov, by contrast, called ...": a parenthesis between commas is no subject
        String[] words =
                SPACES_OR_COMMAS.split(PARENTHESIS.matcher(gap).replaceAll(" ").strip());
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i];
            if (word.isEmpty() || AUXILIARY_WORDS.contains(word) || word.endsWith("ly")) {
                continue;
            }
            return Character.isLowerCase(word.charAt(0)) && !subjectHeads.contains(word);
        }
        return false;
    }

    private boolean reported(String text, int from, int to) {
        return speechVerbs.find(text.substring(from, to)).size() > 0;
    }

    /** The speaker when the stance sits in reported speech, else the group nearest before the trigger. */
    private List<ActorGazetteer.Mention> subjectBefore(String text, int at, List<ActorGazetteer.Mention> actors) {
        int clauseStart = Math.max(text.lastIndexOf(';', at), 0);
        for (PhraseMatcher.Hit speech : speechVerbs.find(text)) {
            if (speech.end() <= at && speech.start() >= clauseStart) {
                List<ActorGazetteer.Mention> speaker =
                        ActorGroups.nearestBefore(actors, clauseStart, speech.start(), text);
                if (!speaker.isEmpty()) {
                    List<ActorGazetteer.Mention> first = speaker;
                    String gap = text.substring(first.get(first.size() - 1).end(), speech.start());
                    if (PRONOUN_SUBJECT.matcher(gap).find() || otherSubject(gap)) {
                        return List.of();
                    }
                    return first;
                }
            }
        }
        return ActorGroups.nearestBefore(actors, clauseStart, at, text);
    }

    /** The actors listed after "hosted by", "the signatories were" ...: gazetteer names, else capitalised items. */
    private List<ActorGazetteer.Mention> listAfter(
            String text, int from, List<ActorGazetteer.Mention> actors, boolean namesOutsideGazetteer) {
        int end = text.length();
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ';' || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))) {
                end = k;
                break;
            }
        }
        List<ActorGazetteer.Mention> out = new ArrayList<>();
        int offset = from;
        for (String raw : LIST_SPLIT.split(text.substring(from, end))) {
            int at = text.indexOf(raw, offset);
            if (raw.isBlank() || at < 0) {
                continue;
            }
            offset = at + raw.length();
            String item = QUALIFIER.matcher(raw.strip()).replaceFirst("").strip();
            int itemStart = text.indexOf(item, at);
            List<ActorGazetteer.Mention> known = ActorGroups.between(actors, at, at + raw.length());
            if (!known.isEmpty()
                    && item.equals(text.substring(
                            known.get(0).start(), known.get(known.size() - 1).end()))) {
                out.addAll(known);
            } else if (namesOutsideGazetteer
                    && !item.isEmpty()
                    && Character.isUpperCase(item.charAt(0))
                    && Words.split(item).length <= 4
                    && isName(item)) {
                out.add(new ActorGazetteer.Mention(new Actor(item, null), itemStart, itemStart + item.length()));
            } else if (!known.isEmpty() && out.isEmpty()) {
                out.addAll(known);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static boolean isName(String item) {
        for (String w : Words.split(item)) {
            if (!w.isEmpty()
                    && !Character.isUpperCase(w.charAt(0))
                    && !Character.isDigit(w.charAt(0))
                    && !w.equals("&")
                    && !w.equals("of")) {
                return false;
            }
        }
        return true;
    }

    /** "Hosting the summit in Lima, Peru's President ...": the first actor after the comma hosted the event. */
    private Position hostingClause(Unit unit, String eventName, List<ActorGazetteer.Mention> mentions) {
        String text = unit.text();
        if (!text.startsWith("Hosting") && !text.startsWith("hosting") && !text.startsWith("Co-hosting")) {
            return null;
        }
        Matcher m = HOSTING_CLAUSE.matcher(text);
        if (!m.find() || !hostsTheEvent(text, m.start(1), eventName)) {
            return null;
        }
        for (ActorGazetteer.Mention mention : mentions) {
            if (mention.start() >= m.end()) {
                return new Position(mention.actor(), Stance.HOSTED, eventName, List.of(), Evidence.of(text));
            }
        }
        return null;
    }

    private boolean hostsTheEvent(String text, int from, String eventName) {
        String window = text.substring(from, Math.min(text.length(), from + 60));
        if (eventName != null && window.toLowerCase(Locale.ROOT).contains(eventName.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (NOT_THIS_EVENT.matcher(window).find()) {
            return false; // "hosted last year's summit", "hosts the next summit"
        }
        String[] words = Words.split(window.strip());
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
        return hostedObjects.containsAny(head);
    }

    /** For a list of signatories: the outcome the sentence names, else the one named last before it. */
    private static String subjectIn(String text, List<Outcome> outcomes, String lastOutcome) {
        for (Outcome o : outcomes) {
            if (text.contains(o.name())) {
                return o.name();
            }
        }
        return lastOutcome;
    }

    /** An outcome named after the trigger, else the noun phrase that follows it. */
    private String subjectOf(String text, int from, int to, List<Outcome> outcomes) {
        String rest = text.substring(from, Math.max(from, to));
        for (Outcome o : outcomes) {
            if (rest.contains(o.name())) {
                return o.name();
            }
        }
        NounPhrases.Phrase p = phrases.after(text, from, List.of());
        return p == null ? null : p.text();
    }

    /** Reasons given between the trigger and the next stance of the sentence. */
    private List<String> reasons(String text, int from, int to) {
        for (PhraseMatcher.Hit cue : reasonCues.find(text)) {
            if (cue.start() < from || cue.start() >= to && cue.start() != from) {
                continue;
            }
            int end = text.length();
            for (int k = cue.end(); k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ';'
                        || c == '('
                        || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))
                        || (c == ',' && k > cue.end() + 3)) {
                    end = k;
                    break;
                }
            }
            String reason =
                    EDGE_QUOTES.matcher(text.substring(cue.end(), end).strip()).replaceAll("");
            if (reason.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : reason.split("\\s+and\\s+")) {
                if (Words.split(part).length > 6) {
                    return List.of(reason);
                }
                parts.add(part.strip());
            }
            return parts;
        }
        return List.of();
    }
}
