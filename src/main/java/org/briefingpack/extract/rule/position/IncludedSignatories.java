package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "More than 100 countries backed the pledge. Among them are Brazil, China and Indonesia.", "148 founding
 * members, including the African Union and the European Union": a list that "including", "among them",
 * "such as" opens names signatories where its sentence or the one before speaks of signing, joining or
 * committing. Only countries and groups count (a list of companies or cities is something else).
 */
public final class IncludedSignatories implements Rule {

    private static final java.util.regex.Pattern OWN_COMMITMENTS = java.util.regex.Pattern.compile(
            "\\b(?:made|make|makes|announced|put forward|presented)\\b(?:\\s+[\\w-]+){0,4}?\\s+(?:commitments|pledges)\\b");

    /** How far before a list's cue an onlooker noun makes the list its members ("observer nations, including"). */
    private static final int ONLOOKER_WINDOW = 3;

    private final PhraseMatcher listCues;
    private final PhraseMatcher commitmentWords;
    private final Set<String> onlookerNouns;

    IncludedSignatories(List<String> listCues, List<String> commitmentWords, List<String> onlookerNouns) {
        this.listCues = PhraseMatcher.of(listCues);
        this.commitmentWords = PhraseMatcher.of(commitmentWords);
        this.onlookerNouns = WordSets.copyOf(onlookerNouns);
    }

    static IncludedSignatories fromClasspath() {
        return new IncludedSignatories(
                LexiconFile.read("signatory-list-cues.txt").words(),
                LexiconFile.read("commitment-words.txt").words(),
                LexiconFile.read("onlooker-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        for (AnnotatedSentence s : sentences) {
            List<PhraseMatcher.Hit> cues = listCues.find(s.tokens());
            if (cues.isEmpty()) {
                continue;
            }
            AnnotatedSentence before = s.index() > 0 ? sentences.get(s.index() - 1) : null;
            boolean signingHere = speaksOfSigning(s);
            boolean signingBefore = before != null && speaksOfSigning(before);
            String subject = lastOutcomeUpTo(findings.outcomes, s.index());
            // "Among them are ..." refers back to the sentence before; "including" and "such as" speak of their own
            boolean anaphoric = cues.stream().anyMatch(c -> c.phrase().startsWith("among"));
            if (!signingHere && !(anaphoric && signingBefore)) {
                continue;
            }
            for (PhraseMatcher.Hit cue : cues) {
                List<Mention> listed = ListedActors.leading(s, cue.last());
                if (listed.size() < 2 && !(listed.size() == 1 && cue.phrase().startsWith("among"))) {
                    continue;
                }
                if (onlookersBefore(s.tokens(), cue.first())) {
                    continue; // "welcomed new observer nations, including Peru and Chile": they came to watch
                }
                // "including Peru and Chad, also made financial commitments": each made its own, a pledge
                // "including Kenya and Togo, also pledged to the fund": a pledge too
                java.util.regex.Matcher own = OWN_COMMITMENTS.matcher(s.text());
                boolean ownCommitments = own.find();
                boolean pledged = ownCommitments || pledgeVerb(signingHere ? s : before);
                Stance stance = pledged ? Stance.PLEDGED : Stance.SIGNED;
                if (ownCommitments && Grammar.negatedBefore(s.tokens(), s.tokenAt(own.start()))) {
                    stance = Stance.DECLINED; // "including Peru and Chad, said they were unable to make pledges"
                }
                for (Mention m : listed) {
                    if ((m.kind() == MentionKind.COUNTRY || m.kind() == MentionKind.GROUP)
                            && !placedHere(findings.positions, m, s)) {
                        Positions.addUnlessKnown(
                                findings.positions,
                                new Position(m.actor(), stance, subject, List.of(), Evidence.of(s.text())));
                    }
                }
            }
        }
    }

    /**
     * A commitment word in the sentence, but not "member" before a plural noun: "leaders from member states and
     * partners, including ..." names who came, not who joined.
     */
    private boolean speaksOfSigning(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : commitmentWords.find(tokens)) {
            boolean memberOf = tokens.get(hit.first()).is("member")
                    && hit.last() < tokens.size()
                    && tokens.get(hit.last()).word()
                    && tokens.get(hit.last()).lower().endsWith("s"); // "member states", "member countries"
            if (!memberOf) {
                return true;
            }
        }
        return false;
    }

    /** An onlooker noun in the few words before the cue at token {@code cue}, in its clause. */
    private boolean onlookersBefore(List<Token> tokens, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - ONLOOKER_WINDOW); k--) {
            if (onlookerNouns.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the commitment the sentence speaks of is the verb "pledge" ("pledged to the fund"), not a noun. */
    private boolean pledgeVerb(AnnotatedSentence s) {
        for (PhraseMatcher.Hit hit : commitmentWords.find(s.tokens())) {
            Token t = s.tokens().get(hit.first());
            if (t.is("pledged") && !toAVerb(s.tokens(), hit.last())) {
                return true; // "pledged to the fund"; "pledged to end deforestation" signs up to an aim
            }
        }
        return false;
    }

    private static boolean toAVerb(List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                && tokens.get(k).is("to")
                && tokens.get(k + 1).tag() == Tag.VERB;
    }

    /** "Donors including Qatar and Kuwait pledged $1 billion": a stance the sentence already gave the actor. */
    static boolean placedHere(List<Position> positions, Mention m, AnnotatedSentence s) {
        return placedHere(positions, m, s, p -> true);
    }

    /** Whether a position of the actor that {@code which} accepts has this sentence as its evidence. */
    static boolean placedHere(List<Position> positions, Mention m, AnnotatedSentence s, Predicate<Position> which) {
        String key = ActorGroups.key(m.actor());
        return positions.stream()
                .anyMatch(p -> which.test(p)
                        && ActorGroups.key(p.actor()).equals(key)
                        && p.evidence().stream().anyMatch(e -> e.quote().equals(s.text())));
    }

    static String lastOutcomeUpTo(List<OutcomeDraft> outcomes, int sentence) {
        String last = null;
        for (OutcomeDraft o : outcomes) {
            if (o.sentence.index() <= sentence) {
                last = o.name;
            }
        }
        return last;
    }
}
