package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code scv_german_capitals}: marks the words of a query written with a capital (before {@code lowercase}). */
@NamedComponent(GermanCapitalsTokenFilterFactory.NAME)
public class GermanCapitalsTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_capitals";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanCapitalsFilter(tokenStream);
    }
}
