package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one German chain, for both analyzers: standard tokenizer, lower case, [compound parts], stop words,
 * umlaut folding, light stemming. Compound parts come before folding because the dictionary knows "büro",
 * not "buro".
 */
final class GermanAnalysisChain extends Analyzer {

    private final boolean decompound;

    GermanAnalysisChain(boolean decompound) {
        this.decompound = decompound;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (decompound) {
            stream = new GermanDecompoundFilter(stream, CompoundSplitter.instance());
        }
        stream = GermanStopTokenFilterFactory.stop(stream);
        stream = new GermanNormalizationFilter(stream);
        return new TokenStreamComponents(tokenizer, GermanStemTokenFilterFactory.stem(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
