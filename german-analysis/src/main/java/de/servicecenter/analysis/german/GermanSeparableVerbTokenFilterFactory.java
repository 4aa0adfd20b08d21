package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code scv_german_separable_verbs}: "melde … ab" → abmelde (queries; after spelling, before stop words). */
@NamedComponent(GermanSeparableVerbTokenFilterFactory.NAME)
public class GermanSeparableVerbTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_separable_verbs";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanSeparableVerbFilter(tokenStream, GermanLexicon.instance());
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
