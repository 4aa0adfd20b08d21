package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_normalization}: folds the spellings people type: ä/ae to a, ö/oe to o, ü/ue to u, ß to ss,
 * so Bürgerbüro, Buergerbuero and Burgerburo meet.
 */
@NamedComponent(GermanNormalizationTokenFilterFactory.NAME)
public class GermanNormalizationTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_normalization";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
