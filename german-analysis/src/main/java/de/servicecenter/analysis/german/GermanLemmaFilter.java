package de.servicecenter.analysis.german;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word the dictionary knows by its lemma — and a verb's action noun beside it (anmelden: anmelden,
 * anmeldung), so "Hund anmelden" meets "Hundeanmeldung" — all marked as keywords, which the stemmer leaves alone.
 * A word of several lemmas keeps them all at its position. Unknown words (names, new compounds, misspellings) pass
 * on to light stemming. A compound part counts as its word: "umzugs" of Umzugshalteverbot as Umzug, "schul" of
 * Schulanmeldung as Schule, "heiz" of Heizkosten as heizen. In queries, what a caller may mean by a word is added
 * too ({@link GermanLexicon#derivations}: "Visum länger" asks to verlängern, "studieren" about a Studium), and a
 * word written with a capital that can be a noun is that noun alone; in articles, which capitalise their nouns, a
 * word in lower case is no noun ({@link GermanCapitalsFilter}: Miete is the rent, mieten is to rent).
 * Expects lower case with umlauts (before folding).
 */
final class GermanLemmaFilter extends TokenFilter {

    /** Shorter unknown words are left alone: "ki" + "en" is no word anyone meant. */
    private static final int MIN_STEM_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
    private final GermanLexicon lexicon;
    private final boolean query;
    private final Deque<String> pending = new ArrayDeque<>();
    private State wordState;

    /**
     * @param query whether words are expanded by what a caller may mean ({@link GermanLexicon#derivations}); not
     *              in articles, which say what they mean: an article on a delay ("dauert länger") is no renewal
     */
    GermanLemmaFilter(TokenStream input, GermanLexicon lexicon, boolean query) {
        super(input);
        this.lexicon = lexicon;
        this.query = query;
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
        boolean capitalised = GermanCapitalsFilter.isCapitalised(flags);
        if (query && capitalised && entry.noun().isPresent()) {
            // written as a noun: Miete is the rent, not a form of mieten
            term.setEmpty().append(entry.noun().get());
            keyword.setKeyword(true);
            return true;
        }
        // an article writes its nouns with a capital: "Bürgerhaus mieten" is about renting, not about the rent
        List<String> lemmas = !query && !capitalised && entry.noun().isPresent() && entry.lemmas().size() > 1
                ? entry.lemmas().stream().filter(lemma -> !lemma.equals(entry.noun().get())).toList()
                : entry.lemmas();
        for (int i = 1; i < lemmas.size(); i++) {
            pending.add(lemmas.get(i));
        }
        if (entry.verb()) {
            lexicon.nominalisation(lemmas.get(0)).filter(noun -> !lemmas.contains(noun)).ifPresent(pending::add);
        }
        if (query) {
            lexicon.derivations(term.toString()).stream()
                    .filter(word -> !lemmas.contains(word) && !pending.contains(word)).forEach(pending::add);
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
