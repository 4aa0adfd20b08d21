package de.servicecenter.analysis.german;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the analysis worked out about a word (its parts, lemmas, spelling), kept: a corpus and its queries use a
 * limited vocabulary, and every word is analysed again and again. Bounded — emptied when full, which a vocabulary
 * of that size never reaches in practice.
 */
final class WordCache<V> {

    private static final int MAX_WORDS = 200_000;

    private final Map<String, V> words = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    WordCache(Function<String, V> compute) {
        this.compute = compute;
    }

    V get(String word) {
        V known = words.get(word);
        if (known != null) {
            return known;
        }
        V value = compute.apply(word);
        if (words.size() >= MAX_WORDS) {
            words.clear();
        }
        words.put(word, value);
        return value;
    }
}
