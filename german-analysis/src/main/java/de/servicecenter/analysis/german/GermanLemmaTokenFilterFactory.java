package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_lemma}: beantragt → beantragen (+ beantragung), Anhängers → anhänger (before folding). For the
 * search analyzers built around a host's synonyms, so with what a caller may mean (länger: + verlängern).
 */
@NamedComponent(GermanLemmaTokenFilterFactory.NAME)
public class GermanLemmaTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_lemma";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanLemmaFilter(tokenStream, GermanLexicon.instance(), true);
    }
}
