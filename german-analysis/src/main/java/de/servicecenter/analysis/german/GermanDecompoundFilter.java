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
 * Emits each token, then the parts of a compound at the same position: "fischereiausweis" gives
 * fischereiausweis, fischerei, ausweis. Offsets stay those of the whole word, so highlighting marks it.
 * Expects lower-case input (run it after {@code lowercase}, before umlauts are folded).
 */
final class GermanDecompoundFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CompoundSplitter splitter;
    private final Deque<String> pendingParts = new ArrayDeque<>();
    private State compoundState;

    GermanDecompoundFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(compoundState);
            term.setEmpty().append(pendingParts.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> parts = splitter.parts(term.toString());
        if (!parts.isEmpty()) {
            pendingParts.addAll(parts);
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
