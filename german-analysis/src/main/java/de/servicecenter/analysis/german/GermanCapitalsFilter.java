package de.servicecenter.analysis.german;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/**
 * Remembers, before lower-casing, which words were written with a capital: German capitalises its nouns, so "Geld für
 * die Miete" asks about the rent (die Miete), not about renting (mieten) — {@link GermanLemmaFilter} keeps the noun
 * alone in a query, and no noun for an article's word in lower case. Words in capitals throughout (GEZ, WBS) are
 * abbreviations, not marked.
 */
final class GermanCapitalsFilter extends TokenFilter {

    /** The flag bit of a word written with a capital initial. */
    static final int CAPITALISED = 1 << 16;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

    GermanCapitalsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 1 && Character.isUpperCase(term.charAt(0)) && Character.isLowerCase(term.charAt(1))) {
            flags.setFlags(flags.getFlags() | CAPITALISED);
        }
        return true;
    }

    static boolean isCapitalised(FlagsAttribute flags) {
        return (flags.getFlags() & CAPITALISED) != 0;
    }
}
