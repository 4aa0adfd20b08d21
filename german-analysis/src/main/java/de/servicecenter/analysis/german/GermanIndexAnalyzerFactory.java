package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code scv_german}: the index-time chain, compound parts included. */
@NamedComponent(GermanIndexAnalyzerFactory.NAME)
public class GermanIndexAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "scv_german";

    @Override
    public Analyzer create() {
        return new GermanAnalysisChain(GermanAnalysisChain.Compounds.WITH_PARTS);
    }
}
