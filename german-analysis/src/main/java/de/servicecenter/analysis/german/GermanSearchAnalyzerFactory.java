package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code scv_german_search}: the query-time chain, without compound parts (and without synonyms). */
@NamedComponent(GermanSearchAnalyzerFactory.NAME)
public class GermanSearchAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "scv_german_search";

    @Override
    public Analyzer create() {
        return new GermanAnalysisChain(GermanAnalysisChain.Compounds.WHOLE);
    }
}
