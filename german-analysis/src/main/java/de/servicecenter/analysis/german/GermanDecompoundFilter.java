package de.servicecenter.analysis.german;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index time: emits each token, then the parts of a compound at the same position: "fischereiausweis" gives
 * fischereiausweis, fischerei, ausweis. Query time ({@code partsOnly}): the parts in place of the compound, one
 * position each, so that a query can require every part: "müllkalender" gives müll, kalender. Offsets stay those of
 * the whole word, so highlighting marks it. Expects lower-case input (after {@code lowercase}, before folding).
 */
final class GermanDecompoundFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CompoundSplitter splitter;
    private final Deque<String> pendingParts = new ArrayDeque<>();
    private final boolean partsOnly;
    private State compoundState;

    GermanDecompoundFilter(TokenStream input, CompoundSplitter splitter) {
        this(input, splitter, false);
    }

    GermanDecompoundFilter(TokenStream input, CompoundSplitter splitter, boolean partsOnly) {
        super(input);
        this.splitter = splitter;
        this.partsOnly = partsOnly;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(compoundState);
            term.setEmpty().append(pendingParts.removeFirst());
            position.setPositionIncrement(partsOnly ? 1 : 0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> parts = splitter.parts(term.toString());
        if (!parts.isEmpty()) {
            pendingParts.addAll(parts);
            if (partsOnly) {
                term.setEmpty().append(pendingParts.removeFirst()); // the first part stands where the word stood
            }
            compoundState = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        compoundState = null;
    }
}
