package de.servicecenter.analysis.german;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins a separable verb that a question splits: "Wie melde ich mein Auto ab?" asks for abmelden, "Wie melde ich ein
 * Gewerbe an?" for anmelden — the particle at the end belongs to the verb before it. Query time: a query is one
 * clause, so a closing particle is joined to the first word that makes a verb form with it (the dictionary decides),
 * which becomes that verb's infinitive, and leaves its own place. Expects lower case with umlauts, before stop words ("an" is one).
 */
final class GermanSeparableVerbFilter extends TokenFilter {

    static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "ein", "um", "zu", "zurück", "weg", "nach",
            "vor", "mit", "fest", "los", "her", "hin", "durch", "über", "unter", "wieder");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final GermanLexicon lexicon;
    private final List<State> tokens = new ArrayList<>();
    private final List<String> terms = new ArrayList<>();
    private int next = -1;

    GermanSeparableVerbFilter(TokenStream input, GermanLexicon lexicon) {
        super(input);
        this.lexicon = lexicon;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readAll();
        }
        if (next >= tokens.size()) {
            return false;
        }
        restoreState(tokens.get(next));
        term.setEmpty().append(terms.get(next));
        next++;
        return true;
    }

    /** Queries are short: all of it is read, the particle joined, then handed on. */
    private void readAll() throws IOException {
        while (input.incrementToken()) {
            tokens.add(captureState());
            terms.add(term.toString());
        }
        next = 0;
        int last = terms.size() - 1;
        if (last < 1 || !PARTICLES.contains(terms.get(last))) {
            return;
        }
        String particle = terms.get(last);
        for (int i = 0; i < last; i++) {
            Optional<String> verb = lexicon.separableVerb(particle + terms.get(i));
            if (verb.isPresent()) {
                terms.set(i, verb.get());
                tokens.remove(last);
                terms.remove(last);
                return;
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens.clear();
        terms.clear();
        next = -1;
    }
}
