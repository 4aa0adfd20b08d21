package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_decompound}: adds the parts of compound words. Index time only: splitting queries makes
 * "Personalausweise" match "Fischereiausweis" through "ausweis".
 */
@NamedComponent(GermanDecompoundTokenFilterFactory.NAME)
public class GermanDecompoundTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_decompound";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanDecompoundFilter(tokenStream, CompoundSplitter.instance());
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.INDEX_TIME;
    }
}
