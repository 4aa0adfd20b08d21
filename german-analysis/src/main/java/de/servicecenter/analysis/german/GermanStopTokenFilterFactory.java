package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code scv_german_stop}: drops German stop words (der, die, das, und, ich, wie ...) from lower-case tokens. */
@NamedComponent(GermanStopTokenFilterFactory.NAME)
public class GermanStopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_stop";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stop(tokenStream);
    }

    static TokenStream stop(TokenStream tokenStream) {
        return new StopFilter(tokenStream, GermanAnalyzer.getDefaultStopSet());
    }
}
