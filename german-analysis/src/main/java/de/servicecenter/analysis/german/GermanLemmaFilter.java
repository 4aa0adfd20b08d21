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
 * on to light stemming. A compound part with its linking s ("umzugs" of Umzugshalteverbot) counts as its word.
 * Expects lower case with umlauts (before folding).
 */
final class GermanLemmaFilter extends TokenFilter {

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

    private GermanLexicon.Entry entryOf(String word) {
        GermanLexicon.Entry entry = lexicon.entry(word);
        if (!entry.known() && word.length() > 4 && word.endsWith("s")) {
            GermanLexicon.Entry withoutLink = lexicon.entry(word.substring(0, word.length() - 1));
            return withoutLink.known() ? withoutLink : entry;
        }
        return entry;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        wordState = null;
    }
}
