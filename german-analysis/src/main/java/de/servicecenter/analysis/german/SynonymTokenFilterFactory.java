package de.servicecenter.analysis.german;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_synonyms}: the words citizens use for the words authorities write (Perso => Personalausweis,
 * Angelschein = Fischereischein, verlängern = Verlängerung). Search time only, as a graph, so multi-word
 * synonyms work and a change needs no reindexing of documents. Place it after {@code lowercase} and
 * {@code scv_german_spelling}: rules are read the same way, so "Knoellchen" meets the rule written "Knöllchen".
 */
@NamedComponent(SynonymTokenFilterFactory.NAME)
public class SynonymTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_synonyms";

    private final SynonymMap synonyms;

    @Inject
    public SynonymTokenFilterFactory(SynonymSettings settings) {
        this.synonyms = parse(String.join("\n", settings.synonyms()));
    }

    static SynonymMap parse(String rules) {
        try (Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new GermanSpellingFilter(new LowerCaseFilter(tokenizer), GermanSpelling.instance()));
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym rules cannot be parsed near line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
