package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one German chain, for every analyzer: standard tokenizer, capitals marked, lower case, spelling
 * (umlauts restored), [queries: separable verbs joined], [compound parts], service-desk stop words, lemmas from the
 * dictionary, umlaut folding, light stemming of the words the dictionary does not know. Spelling and lemmas come
 * before folding because the dictionary knows "büro", not "buro".
 */
final class GermanAnalysisChain extends Analyzer {

    /** What happens to compounds. */
    enum Compounds {
        /** Left whole (query time: the word as typed). */
        WHOLE,
        /** The word and its parts at one position (index time). */
        WITH_PARTS,
        /** The parts in place of the word (query time: every part required). */
        PARTS_ONLY
    }

    private final Compounds compounds;

    GermanAnalysisChain(Compounds compounds) {
        this.compounds = compounds;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new GermanSpellingFilter(new LowerCaseFilter(new GermanCapitalsFilter(tokenizer)),
                GermanSpelling.instance());
        if (compounds != Compounds.WITH_PARTS) { // queries
            stream = new GermanSeparableVerbFilter(stream, GermanLexicon.instance());
        }
        if (compounds != Compounds.WHOLE) {
            stream = new GermanDecompoundFilter(stream, CompoundSplitter.instance(), compounds == Compounds.PARTS_ONLY);
        }
        stream = GermanStopTokenFilterFactory.stop(stream);
        stream = new GermanLemmaFilter(stream, GermanLexicon.instance(), compounds != Compounds.WITH_PARTS);
        stream = new GermanNormalizationFilter(stream);
        return new TokenStreamComponents(tokenizer, GermanStemTokenFilterFactory.stem(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
