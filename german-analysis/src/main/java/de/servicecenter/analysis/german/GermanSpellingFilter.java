package de.servicecenter.analysis.german;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Respells words typed without umlauts or ß ({@link GermanSpelling}). Expects lower case. */
final class GermanSpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final GermanSpelling spelling;

    GermanSpellingFilter(TokenStream input, GermanSpelling spelling) {
        super(input);
        this.spelling = spelling;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String canonical = spelling.canonical(word);
        if (!canonical.equals(word)) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
