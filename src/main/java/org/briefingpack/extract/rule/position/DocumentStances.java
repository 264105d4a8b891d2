package org.briefingpack.extract.rule.position;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.GatheringText;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * The gathering's own text taking a stance: "the group's declaration criticized the new tariffs", "the joint
 * communique welcomed the ceasefire". The stance is the body's whose gathering the story is about (the "G20" of
 * "G20 Summit"); a story whose event names no body gives none.
 */
final class DocumentStances implements Rule {

    /** What a text may do that is a stance on what follows, as {@code stances.tsv} reads it. */
    private static final Set<Stance> VIEWS = Set.of(Stance.OPPOSES, Stance.SUPPORTS);

    private final StanceTriggers triggers;
    private final StanceWords words;
    private final ActorGazetteer gazetteer;
    private final GatheringText gatheringText;
    private final Set<String> eventNouns;

    DocumentStances(
            StanceTriggers triggers,
            StanceWords words,
            ActorGazetteer gazetteer,
            GatheringText gatheringText,
            List<String> eventNouns) {
        this.eventNouns = WordSets.copyOf(
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.triggers = triggers;
        this.words = words;
        this.gazetteer = gazetteer;
        this.gatheringText = gatheringText;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        Actor body = eventBody(findings.event.name);
        if (body == null) {
            return;
        }
        for (AnnotatedSentence s : document.body()) {
            List<Token> tokens = s.tokens();
            if (!namesTheGatheringOrItsText(tokens)) {
                continue; // no subject this rule reads: spare the stance matcher
            }
            for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
                StanceTriggers.Trigger trigger = triggers.of(hit);
                if (trigger == null
                        || !VIEWS.contains(trigger.stance())
                        || trigger.mode() != StanceMode.BEFORE
                        || !documentRightBefore(tokens, hit.first())
                        || s.quoted(tokens.get(hit.first()).start())) {
                    continue;
                }
                int after = tokens.get(hit.last()).end();
                String subject = words.subjectOf(s, after, s.text().length(), findings.outcomes);
                if (subject == null) {
                    subject = clauseAfter(tokens, hit.last() + 1);
                }
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(body, trigger.stance(), subject, List.of(), Evidence.of(s.text())));
            }
        }
    }

    /**
     * Whether the words before token {@code k} are the gathering's text as a subject: "the declaration", "the
     * group's final communique", "the leaders' statement", an adverb aside ("the declaration also welcomed"); a
     * lone "statement" is anyone's.
     */
    private boolean documentRightBefore(List<Token> tokens, int k) {
        int noun = k - 1;
        if (noun >= 0
                && (tokens.get(noun).lower().endsWith("ly") || tokens.get(noun).is("also"))) {
            noun--;
        }
        if (noun >= 1 && gatheringRightBefore(tokens, noun)) {
            return true;
        }
        GatheringText.Phrase phrase = noun >= 1 ? gatheringText.at(tokens, noun) : null;
        if (phrase == null || tokens.get(noun).is("statement") && phrase.owner() == null && !phrase.modified()) {
            return false;
        }
        return phrase.determiner() >= 0 && tokens.get(phrase.determiner()).is("the");
    }

    /** Whether a word of the sentence is a gathering's noun or its text's ("summit", "declaration"). */
    private boolean namesTheGatheringOrItsText(List<Token> tokens) {
        for (Token t : tokens) {
            if (eventNouns.contains(t.lower()) || gatheringText.isDocument(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The summit", "the Banjul Summit", "the 7th Reef Summit" ending at token {@code noun}, opening the sentence or
     * a clause after a comma: the gathering speaking through what it adopted ("The summit called for ..."). Not "the
     * summit's chair", not a gathering inside a clause ("leaders at the summit called for ...": the leaders are the
     * subject).
     */
    private boolean gatheringRightBefore(List<Token> tokens, int noun) {
        if (!eventNouns.contains(tokens.get(noun).lower())) {
            return false;
        }
        int k = noun - 1;
        while (k >= 0
                && noun - k <= MAX_NAME_WORDS_BEFORE_NOUN
                && tokens.get(k).word()
                && tokens.get(k).capitalised()
                && !tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0
                && tokens.get(k).is("the")
                && (k == 0 || tokens.get(k - 1).punctuation(',')); // "According to its chair, the summit ..."
    }

    private static final int MAX_NAME_WORDS_BEFORE_NOUN = 4;

    /** "the attacks on Iran" of "criticized the attacks on Iran without naming ...": up to a mark or a new clause. */
    private static String clauseAfter(List<Token> tokens, int from) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < tokens.size() && k < from + MAX_SUBJECT_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.word() || t.is("without") || t.is("while") || t.is("but") || t.is("which")) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.text());
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static final int MAX_SUBJECT_WORDS = 8;

    /**
     * The body the story's gathering is named after: "ASEAN" in "ASEAN Summit", "the Reef Alliance" in "Summit of the
     * Reef Alliance", or null (a country's summit, "Korea-Africa Summit").
     */
    private Actor eventBody(String eventName) {
        if (eventName == null) {
            return null;
        }
        String[] words = eventName.replaceAll("[()]", " ").trim().split("\\s+");
        for (int from = 0; from < words.length; from++) {
            for (int n = Math.min(MAX_BODY_WORDS, words.length - from); n >= 1; n--) {
                if (from == 0 && n == words.length) {
                    continue; // the whole name is the gathering's own
                }
                Actor body = gazetteer
                        .byName(String.join(" ", Arrays.copyOfRange(words, from, from + n)))
                        .orElse(null);
                if (body != null && (body.code() == null || body.code().equals("EU"))) {
                    return body;
                }
            }
        }
        return null;
    }

    private static final int MAX_BODY_WORDS = 7;
}
