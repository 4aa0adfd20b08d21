package de.servicecenter.analysis.german;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * {@code scv_german_stop}: drops the words that say nothing about which service a caller needs — articles, pronouns,
 * auxiliaries, question words and fillers ("was muss ich machen") — and keeps those that do at a service desk:
 * kein, nicht, ohne, weg, gegen, wieder (service-desk-stopwords.txt says why). Expects lower case with umlauts.
 */
@NamedComponent(GermanStopTokenFilterFactory.NAME)
public class GermanStopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "scv_german_stop";
    static final CharArraySet STOP_WORDS = read("service-desk-stopwords.txt");

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stop(tokenStream);
    }

    static TokenStream stop(TokenStream tokenStream) {
        return new StopFilter(tokenStream, STOP_WORDS);
    }

    private static CharArraySet read(String resource) {
        CharArraySet words = new CharArraySet(300, false);
        try (InputStream in = GermanStopTokenFilterFactory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stop word list missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
