package de.servicecenter.analysis.german;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Completes light stemming for the -nis nouns of administrative German: Zeugnisse, Zeugnisses and Zeugnissen
 * leave the light stemmer as "zeugniss" while Zeugnis stays "zeugnis" (likewise Erlaubnis, Verzeichnis,
 * Ergebnis). Runs after {@code GermanLightStemFilter} and drops the doubled s.
 */
final class NisPluralFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    NisPluralFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length > 5 && term.charAt(length - 1) == 's' && term.charAt(length - 2) == 's'
                && term.charAt(length - 3) == 'i' && term.charAt(length - 4) == 'n') {
            term.setLength(length - 1);
        }
        return true;
    }
}
