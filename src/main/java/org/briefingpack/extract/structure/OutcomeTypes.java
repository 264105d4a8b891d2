package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.model.OutcomeType;

/** The outcome type a name's keyword gives ("Declaration" is an AGREEMENT, "Coalition" a COALITION ...). */
final class OutcomeTypes {

    private record Entry(String keyword, OutcomeType type, OutcomeType withMoney) {}

    private final List<Entry> entries = new ArrayList<>();
    private final PhraseMatcher matcher;
    /** First words of the AGREEMENT keywords, case-folded. */
    private final List<String> agreementWords = new ArrayList<>();
    /** The AGREEMENT first words by their first (ASCII) character; null where none starts so. */
    private final String[][] agreementByFirstChar = new String[128][];

    OutcomeTypes(List<String[]> rows) {
        List<String[]> phrases = new ArrayList<>();
        for (String[] row : rows) {
            OutcomeType type = OutcomeType.valueOf(row[1].strip());
            OutcomeType withMoney = row.length > 2 && !row[2].isBlank() ? OutcomeType.valueOf(row[2].strip()) : type;
            entries.add(new Entry(row[0].strip().toLowerCase(Locale.ROOT), type, withMoney));
            phrases.add(new String[] {row[0].strip(), row[0].strip().toLowerCase(Locale.ROOT)});
        }
        this.matcher = new PhraseMatcher(phrases, false);
        for (Entry e : entries) {
            String first = fold(e.keyword().split("\\s+")[0]);
            if (e.type() == OutcomeType.AGREEMENT && !agreementWords.contains(first)) {
                agreementWords.add(first);
                char c = first.charAt(0);
                if (c < 128) {
                    String[] old = agreementByFirstChar[c] == null ? new String[0] : agreementByFirstChar[c];
                    String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = first;
                    agreementByFirstChar[c] = grown;
                }
            }
        }
    }

    /**
     * The last word start at which the first word of an AGREEMENT keyword occurs in the text (case aside),
     * or -1: a name starting after it cannot be of that type. One backward pass, no allocation.
     */
    int lastAgreementWord(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue; // a keyword is found at a word start only (as the phrase matcher finds it)
            }
            char f = fold(text.charAt(i));
            String[] words = f < 128 ? agreementByFirstChar[f] : null;
            if (words != null) {
                for (String word : words) {
                    if (foldedAt(text, i, word)) {
                        return i;
                    }
                }
            } else if (f >= 128) {
                for (String word : agreementWords) {
                    if (word.charAt(0) == f && foldedAt(text, i, word)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean foldedAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (fold(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Case folding as {@code String.regionMatches(true, ...)} compares characters; keeps the length. */
    private static String fold(String s) {
        char[] out = new char[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = fold(s.charAt(k));
        }
        return new String(out);
    }

    /**
     * The type from the head keyword of a name: the first keyword before a preposition ("Statement of
     * Intent toward ..."), else the last keyword anywhere; null when the name holds none.
     */
    OutcomeType typeOf(String name) {
        Entry entry = keyword(name);
        return entry == null ? null : entry.type();
    }

    OutcomeType typeOf(String name, boolean hasMoney) {
        Entry entry = keyword(name);
        if (entry == null) {
            return hasMoney ? OutcomeType.FUNDING : OutcomeType.OTHER;
        }
        return hasMoney ? entry.withMoney() : entry.type();
    }

    /** The keyword that heads the name, lower case, or null. */
    String headKeyword(String name) {
        Entry entry = keyword(name);
        return entry == null ? null : entry.keyword();
    }

    private Entry keyword(String name) {
        if (name == null) {
            return null;
        }
        List<PhraseMatcher.Hit> hits = matcher.find(name);
        if (hits.isEmpty()) {
            return null;
        }
        int prep = firstPreposition(name);
        PhraseMatcher.Hit chosen = hits.get(hits.size() - 1);
        for (PhraseMatcher.Hit hit : hits) {
            if (prep >= 0 && hit.start() < prep) {
                chosen = hit;
            }
        }
        if (prep < 0 && hasHeadAfter(name, chosen.end())) {
            return null; // "Hiroshima AI Process Friends Group": a keyword modifying another head gives no type
        }
        String label = chosen.label();
        for (Entry e : entries) {
            if (e.keyword().equals(label)) {
                return e;
            }
        }
        return null;
    }

    /** A capitalised word (the name's own head noun) after the keyword. */
    private static boolean hasHeadAfter(String name, int end) {
        for (String word : Words.split(name.substring(end).strip())) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static int firstPreposition(String name) {
        String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
        int best = -1;
        for (String p : new String[] {" of ", " for ", " on ", " toward ", " towards ", " to "}) {
            int i = lower.indexOf(p);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
