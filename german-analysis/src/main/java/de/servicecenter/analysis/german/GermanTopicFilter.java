package de.servicecenter.analysis.german;

import java.util.Optional;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps the words that say what a question is about — nouns, and words the dictionary does not know — and drops
 * the rest: "Ausweis kaputt" is about the Ausweis, "kaputt" says which of its articles. A noun becomes its lemma,
 * marked as a keyword (Miete stays miete; the lemma filter would add the verb mieten). Expects lower case with
 * umlauts, before lemmas.
 */
final class GermanTopicFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final GermanLexicon lexicon;

    GermanTopicFilter(TokenStream input, GermanLexicon lexicon) {
        super(input);
        this.lexicon = lexicon;
    }

    @Override
    protected boolean accept() {
        String word = term.toString();
        Optional<String> topic = lexicon.topic(word);
        if (topic.isEmpty()) {
            return false;
        }
        if (lexicon.knows(word)) {
            term.setEmpty().append(topic.get());
            keyword.setKeyword(true);
        }
        return true;
    }
}
