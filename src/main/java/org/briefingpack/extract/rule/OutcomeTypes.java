package org.briefingpack.extract.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.annotate.Tokenizer;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.OutcomeType;

/** The outcome type a name's keyword gives ("Declaration" is an AGREEMENT, "Coalition" a COALITION ...). */
public final class OutcomeTypes {

    private record Entry(String keyword, OutcomeType type, OutcomeType withMoney) {}

    private static final Set<String> PREPOSITIONS = WordSets.of(
            "of",
            "for",
            "on",
            "toward",
            "towards",
            "to",
            "against",
            // "a resolution aimed at strengthening the agency": a clause on the head, whatever keywords it holds
            "aimed",
            "calling",
            "related",
            "relating",
            "regarding",
            "concerning",
            "designed",
            "intended");

    private final Map<String, Entry> byKeyword = new HashMap<>();
    /** The head keyword of names already asked about (names and keywords repeat); thread-safe. */
    private final Map<String, Entry> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Entry NONE = new Entry("", OutcomeType.OTHER, OutcomeType.OTHER);
    private static final int MAX_CACHED = 20_000;
    private final PhraseMatcher matcher;
    /** First words of the AGREEMENT keywords, lower case. */
    private final Set<String> agreementWords = new HashSet<>();
    /** Last words of the AGREEMENT keywords ("agreement", "statement"), lower case. */
    private final Set<String> agreementHeads = new HashSet<>();

    public OutcomeTypes(LexiconFile rows) {
        List<String[]> phrases = new ArrayList<>();
        for (LexiconRow row : rows.rows()) {
            OutcomeType type = row.choice(1, OutcomeType.class);
            OutcomeType withMoney = row.choice(2, OutcomeType.class, type);
            String keyword = row.text(0).toLowerCase(Locale.ROOT);
            byKeyword.putIfAbsent(keyword, new Entry(keyword, type, withMoney));
            phrases.add(new String[] {row.text(0), keyword});
            if (type == OutcomeType.AGREEMENT) {
                List<Token> words = Tokenizer.tokens(keyword);
                agreementWords.add(words.get(0).lower());
                agreementHeads.add(words.get(words.size() - 1).lower());
            }
        }
        this.matcher = new PhraseMatcher(phrases, false);
    }

    public static OutcomeTypes fromClasspath() {
        return new OutcomeTypes(LexiconFile.read("outcome-types.tsv"));
    }

    /** Whether a lower-case word ends an AGREEMENT keyword ("agreement", "statement", "declaration"). */
    public boolean isAgreementHead(String lower) {
        return agreementHeads.contains(lower);
    }

    /** The index of the last token that starts an AGREEMENT keyword, or -1: no name after it is one. */
    public int lastAgreementWord(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (agreementWords.contains(tokens.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The type from the head keyword of a name: the first keyword before a preposition ("Statement of Intent
     * toward ..."), else the last keyword anywhere; null when the name holds none.
     */
    public OutcomeType typeOf(String name) {
        Entry entry = keyword(name);
        return entry == null ? null : entry.type();
    }

    public OutcomeType typeOf(String name, boolean hasMoney) {
        Entry entry = keyword(name);
        if (entry == null) {
            return hasMoney ? OutcomeType.FUNDING : OutcomeType.OTHER;
        }
        return hasMoney ? entry.withMoney() : entry.type();
    }

    /** The keyword that heads the name, lower case, or null. */
    public String headKeyword(String name) {
        Entry entry = keyword(name);
        return entry == null ? null : entry.keyword();
    }

    private Entry keyword(String name) {
        if (name == null) {
            return null;
        }
        Entry cached = cache.get(name);
        if (cached != null) {
            return cached == NONE ? null : cached;
        }
        Entry found = findKeyword(name);
        if (cache.size() > MAX_CACHED) {
            cache.clear(); // names repeat within a document and across a run; a bound keeps the memory small
        }
        cache.put(name, found == null ? NONE : found);
        return found;
    }

    private Entry findKeyword(String name) {
        List<Token> tokens = Tokenizer.tokens(name);
        List<PhraseMatcher.Hit> hits = matcher.find(tokens);
        if (hits.isEmpty()) {
            return null;
        }
        int prep = -1;
        for (int k = 1; k < tokens.size(); k++) {
            if (PREPOSITIONS.contains(tokens.get(k).lower())) {
                prep = k;
                break;
            }
        }
        PhraseMatcher.Hit chosen = hits.get(hits.size() - 1);
        for (PhraseMatcher.Hit hit : hits) {
            if (prep >= 0 && hit.first() < prep) {
                chosen = hit;
            }
        }
        // "Council of Europe Framework Convention on AI": keywords after "of" before the next preposition
        // make the first a name inside the name; the head is the last of them
        if (prep >= 0 && chosen.first() < prep && tokens.get(prep).is("of")) {
            int next = tokens.size();
            for (int k = prep + 1; k < tokens.size(); k++) {
                if (PREPOSITIONS.contains(tokens.get(k).lower())) {
                    next = k;
                    break;
                }
            }
            for (PhraseMatcher.Hit hit : hits) {
                if (hit.first() > prep && hit.first() < next) {
                    chosen = hit;
                }
            }
        }
        if (prep < 0 && hasHeadAfter(tokens, chosen.last())) {
            return null; // "Hiroshima AI Process Friends Group": a keyword modifying another head gives no type
        }
        return byKeyword.get(chosen.label());
    }

    /** A capitalised word (the name's own head noun) after the keyword. */
    private static boolean hasHeadAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).word()
                    && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
