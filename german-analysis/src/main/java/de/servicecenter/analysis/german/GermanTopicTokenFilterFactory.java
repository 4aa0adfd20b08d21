package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_topic}: only the nouns of a query, and the words the dictionary does not know
 * ({@link GermanTopicFilter}) — for a query clause that tells which articles are about what the caller asks.
 * After {@code lowercase} and {@code scv_german_spelling}, before the synonyms (which then expand only the nouns).
 */
@NamedComponent(GermanTopicTokenFilterFactory.NAME)
public class GermanTopicTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_topic";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new GermanTopicFilter(tokenStream, GermanLexicon.instance());
    }
}
