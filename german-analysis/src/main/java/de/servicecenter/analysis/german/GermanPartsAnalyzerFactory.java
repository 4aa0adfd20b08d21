package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code scv_german_parts}: the query-time chain with compounds replaced by their parts, for a query clause that
 * requires every part ("Müllkalender": müll and kalender, which the index holds as parts of "Abfallkalender" and
 * keywords). No synonyms: the clause beside it has them.
 */
@NamedComponent(GermanPartsAnalyzerFactory.NAME)
public class GermanPartsAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "scv_german_parts";

    @Override
    public Analyzer create() {
        return new GermanAnalysisChain(GermanAnalysisChain.Compounds.PARTS_ONLY);
    }
}
