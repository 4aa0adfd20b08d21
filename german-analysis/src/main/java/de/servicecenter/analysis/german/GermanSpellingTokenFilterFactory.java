package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code scv_german_spelling}: knoellchen → knöllchen, strasse → straße (after {@code lowercase}). */
@NamedComponent(GermanSpellingTokenFilterFactory.NAME)
public class GermanSpellingTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_spelling";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanSpellingFilter(tokenStream, GermanSpelling.instance());
    }
}
