package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.OtherGatherings;
import org.briefingpack.extract.rule.Rule;

/**
 * Who is thanked for their hospitality or for hosting hosted the gathering, as communiqués close: "the leaders
 * thanked Fiji for its warm hospitality", "expressed gratitude to the Government of Fiji for hosting the summit".
 * The host is the actor named between the thanks and "for"; the one who thanks is not.
 */
final class ThankedHosts implements Rule {

    /** Words between "for" and "hospitality": "its", "their warm", "the generous". */
    private static final int MAX_WORDS_BEFORE_HOSPITALITY = 3;

    /** The roles of {@code lexicon/thanked-host-words.tsv}. */
    enum Word {
        HOSTING_VERB,
        ORGANISING_NOUN
    }

    private final Set<String> thanks;
    private final Set<String> hostingVerbs;
    private final Set<String> organisingNouns;

    /** Nouns of a gathering ("summit", "forum"), lower case. */
    private final Set<String> gatheringNouns;

    /** Words that make a gathering another time's ("the next summit", "the previous forum"). */
    private final Set<String> otherTimes;

    ThankedHosts(List<String> thanks, LexiconFile words, List<String> gatheringNouns, List<String> otherTimes) {
        this.thanks = WordSets.copyOf(thanks);
        this.gatheringNouns = WordSets.copyOf(
                gatheringNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.otherTimes = WordSets.copyOf(otherTimes);
        Map<Word, Set<String>> byRole = words.wordsByRole(Word.class);
        this.hostingVerbs = byRole.get(Word.HOSTING_VERB);
        this.organisingNouns = byRole.get(Word.ORGANISING_NOUN);
    }

    static ThankedHosts fromClasspath() {
        return new ThankedHosts(
                LexiconFile.read("thanks-words.txt").words(),
                LexiconFile.read("thanked-host-words.tsv"),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("other-gathering-times.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (findings.event.name == null) {
            return;
        }
        for (AnnotatedSentence s : document.body()) {
            String text = s.text();
            if (!text.contains("hospitality")
                    && !text.contains("hosting")
                    && !text.contains("convening")
                    && !text.contains("organi")) {
                continue; // none of the words hostingAfter reads
            }
            List<Token> tokens = s.tokens();
            int thanked = -1;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (thanks.contains(t.lower())) {
                    thanked = k;
                } else if (thanked >= 0
                        && (t.is("for") || t.is("on") || t.is("in"))
                        && hostingAfter(tokens, k + 1)
                        && !anotherGatheringHosted(s, k + 1, findings.event.name)) {
                    for (Mention m : s.mentions()) {
                        if (m.first() > thanked && m.last() <= k && m.kind() != MentionKind.PERSON) {
                            Positions.addHost(findings, m.actor(), s);
                        }
                    }
                    thanked = -1;
                }
            }
        }
    }

    /** How far after "for" (or "on", "in") the hosted gathering's noun may stand ("on successfully hosting the 3rd Ocean Forum"). */
    private static final int GATHERING_AFTER = 6;

    /**
     * "congratulated Samoa on hosting the 3rd Ocean Forum", "praised Chile for hosting the next summit": a gathering
     * named as another than the story's, or a later or earlier one, was hosted.
     */
    private boolean anotherGatheringHosted(AnnotatedSentence s, int from, String eventName) {
        List<Token> tokens = s.tokens();
        for (int j = from; j < tokens.size() && j <= from + GATHERING_AFTER; j++) {
            if (otherTimes.contains(tokens.get(j).lower())) {
                return true;
            }
            if (gatheringNouns.contains(tokens.get(j).lower())) {
                return OtherGatherings.namedBefore(s, j, eventName);
            }
        }
        return false;
    }

    /**
     * "hosting" or "organising", or "hospitality" or "organisation of" after at most a few words ("its warm
     * hospitality", "its organisation of the conference"), from token {@code k}.
     */
    private boolean hostingAfter(List<Token> tokens, int k) {
        if (k + 1 < tokens.size()
                && tokens.get(k).tag() == Tag.ADV
                && hostingVerbs.contains(tokens.get(k + 1).lower())) {
            return true; // "for successfully hosting"
        }
        if (k < tokens.size() && hostingVerbs.contains(tokens.get(k).lower())) {
            return true;
        }
        for (int j = k; j < tokens.size() && j <= k + MAX_WORDS_BEFORE_HOSPITALITY; j++) {
            if (tokens.get(j).is("hospitality")) {
                return true;
            }
            if (organisingNouns.contains(tokens.get(j).lower())
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).is("of")) {
                return true;
            }
            if (!tokens.get(j).word()) {
                return false;
            }
        }
        return false;
    }
}
