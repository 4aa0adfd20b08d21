package de.servicecenter.analysis.german;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_stem}: light stemming (Savoy), which joins inflections (Personalausweise, Personalausweises,
 * Personalausweis) without conflating different words the way aggressive stemmers do; -nis plurals
 * (Zeugnisse) are joined to their singular as well.
 */
@NamedComponent(GermanStemTokenFilterFactory.NAME)
public class GermanStemTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stem(tokenStream);
    }

    static TokenStream stem(TokenStream tokenStream) {
        return new NisPluralFilter(new GermanLightStemFilter(tokenStream));
    }
}
