package de.servicecenter.analysis.german;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Splits German compounds with jwordsplitter's embedded dictionary: Fischereiausweis -> fischerei + ausweis,
 * Anwohnerparkausweis -> anwohner + park + ausweis. A split costs ~20 µs, a corpus has a limited vocabulary,
 * so results are cached; short words are never compounds worth splitting.
 */
final class CompoundSplitter {

    /** Shorter words are left whole: the shortest useful compound is two four-letter words. */
    static final int MIN_COMPOUND_LENGTH = 8;

    private static final CompoundSplitter INSTANCE = new CompoundSplitter();

    private final GermanWordSplitter splitter;
    private final WordCache<List<String>> splits = new WordCache<>(this::split);

    private CompoundSplitter() {
        try {
            // true: interfixes (Fugen-s) are dropped, so Führungszeugnis gives führung + zeugnis
            splitter = new GermanWordSplitter(true);
        } catch (IOException e) {
            throw new UncheckedIOException("jwordsplitter's embedded dictionary cannot be read", e);
        }
    }

    static CompoundSplitter instance() {
        return INSTANCE;
    }

    /** The parts of a lower-case word, or an empty list when it is no compound. */
    List<String> parts(String word) {
        if (word.length() < MIN_COMPOUND_LENGTH) {
            return List.of();
        }
        return splits.get(word);
    }

    private List<String> split(String word) {
        List<String> parts;
        synchronized (splitter) {
            parts = splitter.splitWord(word);
        }
        if (parts.size() < 2) {
            return List.of();
        }
        return parts.stream().map(part -> part.toLowerCase(Locale.GERMAN)).toList();
    }
}
