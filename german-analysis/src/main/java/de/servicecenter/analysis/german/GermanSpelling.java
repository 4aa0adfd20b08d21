package de.servicecenter.analysis.german;

import java.util.ArrayList;
import java.util.List;

/**
 * Words typed without umlauts or ß — on a phone, a foreign keyboard, by habit — spelt as German writes them:
 * knoellchen → knöllchen, verlaengern → verlängern, meldebestaetigung → meldebestätigung, strasse → straße. A
 * respelling is taken only when the dictionary knows the result (or all parts of it as a compound) and not the word
 * as typed, so "neue" and "Michael" stay as they are. Runs right after lower-casing, before synonyms, so that every
 * spelling of a word meets its synonyms.
 */
final class GermanSpelling {

    /** ae, oe, ue and ss occurrences beyond this are not toggled (2^n candidates). */
    private static final int MAX_ALTERNATIVES = 4;
    private static final String[][] RESPELLINGS = {{"ae", "ä"}, {"oe", "ö"}, {"ue", "ü"}, {"ss", "ß"}};

    private static final GermanSpelling INSTANCE = new GermanSpelling(GermanLexicon.instance(),
            CompoundSplitter.instance());

    private final GermanLexicon lexicon;
    private final CompoundSplitter splitter;
    private final WordCache<String> spellings = new WordCache<>(this::respelt);

    GermanSpelling(GermanLexicon lexicon, CompoundSplitter splitter) {
        this.lexicon = lexicon;
        this.splitter = splitter;
    }

    static GermanSpelling instance() {
        return INSTANCE;
    }

    /** The word as German writes it, or the word itself. Expects lower case. */
    String canonical(String word) {
        return mayBeRespelt(word) ? spellings.get(word) : word;
    }

    private static boolean mayBeRespelt(String word) {
        return word.contains("ae") || word.contains("oe") || word.contains("ue") || word.contains("ss");
    }

    private String respelt(String word) {
        if (lexicon.knows(word)) {
            return word;
        }
        for (String candidate : candidates(word)) {
            if (lexicon.knows(candidate) || isCompoundOfKnownWords(candidate)) {
                return candidate;
            }
        }
        return word;
    }

    private boolean isCompoundOfKnownWords(String word) {
        List<String> parts = splitter.parts(word);
        return !parts.isEmpty() && parts.stream().allMatch(lexicon::knows);
    }

    /** Every way of respelling the word's first few ae/oe/ue/ss, most respelt first. */
    private static List<String> candidates(String word) {
        List<int[]> spots = new ArrayList<>(); // start, kind
        for (int i = 0; i + 1 < word.length() && spots.size() < MAX_ALTERNATIVES; i++) {
            for (int kind = 0; kind < RESPELLINGS.length; kind++) {
                if (word.startsWith(RESPELLINGS[kind][0], i)) {
                    spots.add(new int[] {i, kind});
                    i++;
                    break;
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        int combinations = 1 << spots.size();
        for (int mask = combinations - 1; mask > 0; mask--) {
            StringBuilder candidate = new StringBuilder();
            int from = 0;
            for (int s = 0; s < spots.size(); s++) {
                int start = spots.get(s)[0];
                candidate.append(word, from, start);
                String[] respelling = RESPELLINGS[spots.get(s)[1]];
                candidate.append((mask & (1 << s)) != 0 ? respelling[1] : respelling[0]);
                from = start + 2;
            }
            candidate.append(word.substring(from));
            candidates.add(candidate.toString());
        }
        candidates.sort((a, b) -> Integer.compare(a.length(), b.length())); // most respelt first
        return candidates;
    }
}
