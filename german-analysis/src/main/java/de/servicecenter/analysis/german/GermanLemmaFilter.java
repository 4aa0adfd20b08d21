package de.servicecenter.analysis.german;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word the dictionary knows by its lemma — and a verb's action noun beside it (anmelden: anmelden,
 * anmeldung), so "Hund anmelden" meets "Hundeanmeldung" — all marked as keywords, which the stemmer leaves alone.
 * A word of several lemmas keeps them all at its position. Unknown words (names, new compounds, misspellings) pass
 * on to light stemming. A compound part counts as its word: "umzugs" of Umzugshalteverbot as Umzug, "schul" of
 * Schulanmeldung as Schule, "heiz" of Heizkosten as heizen.
 * Expects lower case with umlauts (before folding).
 */
final class GermanLemmaFilter extends TokenFilter {

    /** Shorter unknown words are left alone: "ki" + "en" is no word anyone meant. */
    private static final int MIN_STEM_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final GermanLexicon lexicon;
    private final Deque<String> pending = new ArrayDeque<>();
    private State wordState;

    GermanLemmaFilter(TokenStream input, GermanLexicon lexicon) {
        super(input);
        this.lexicon = lexicon;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(wordState);
            term.setEmpty().append(pending.removeFirst());
            keyword.setKeyword(true);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        GermanLexicon.Entry entry = entryOf(term.toString());
        if (!entry.known()) {
            return true;
        }
        List<String> lemmas = entry.lemmas();
        for (int i = 1; i < lemmas.size(); i++) {
            pending.add(lemmas.get(i));
        }
        if (entry.verb()) {
            lexicon.nominalisation(lemmas.get(0)).filter(noun -> !lemmas.contains(noun)).ifPresent(pending::add);
        }
        term.setEmpty().append(lemmas.get(0));
        keyword.setKeyword(true);
        if (!pending.isEmpty()) {
            wordState = captureState();
        }
        return true;
    }

    /**
     * The entry of a word, or of the word a compound part stands for: a part keeps a linking s (umzugs: Umzug) and
     * drops the e or en of its word (schul: Schule, heiz: heizen — so Heizkostenzuschuss meets Heizung).
     */
    private GermanLexicon.Entry entryOf(String word) {
        GermanLexicon.Entry entry = lexicon.entry(word);
        if (entry.known() || word.length() < MIN_STEM_LENGTH) {
            return entry;
        }
        List<String> words = word.endsWith("s") && word.length() > MIN_STEM_LENGTH
                ? List.of(word.substring(0, word.length() - 1), word + "e", word + "en")
                : List.of(word + "e", word + "en");
        return words.stream().map(lexicon::entry).filter(GermanLexicon.Entry::known).findFirst().orElse(entry);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        wordState = null;
    }
}
