package de.servicecenter.knowledge.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a hit that a mistyped query word stands for ("Fischereischien": Fischereischein), which
 * Elasticsearch's highlighting leaves unmarked (highlighting the typo-tolerant clause costs 30–200 ms a search over
 * 50,000 articles). Done here, on the few words of one page's titles and keywords, it costs microseconds. The
 * tolerance is the search's: same first letter, one edit for words of up to five letters, two for longer ones,
 * a swap of neighbours counting one.
 */
final class TypoMarks {

    static final String PRE = "<em>";
    static final String POST = "</em>";
    /** Shorter query words are left alone: "wie" would mark "wir". */
    static final int MIN_LENGTH = 4;
    private static final Pattern MARKED_OR_WORD = Pattern.compile(Pattern.quote(PRE) + ".*?" + Pattern.quote(POST)
            + "|\\p{L}+");

    private final List<String> queryWords;

    private TypoMarks(List<String> queryWords) {
        this.queryWords = queryWords;
    }

    static TypoMarks of(String query) {
        return new TypoMarks(Arrays.stream(query.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= MIN_LENGTH).distinct().toList());
    }

    /**
     * The text with each word within a query word's tolerance marked, words already marked left as they are; the
     * text itself when nothing is near a query word.
     */
    String mark(String text) {
        if (queryWords.isEmpty()) {
            return text;
        }
        Matcher matcher = MARKED_OR_WORD.matcher(text);
        StringBuilder marked = new StringBuilder();
        int end = 0;
        while (matcher.find()) {
            String token = matcher.group();
            marked.append(text, end, matcher.start());
            marked.append(!token.startsWith(PRE) && nearQuery(token) ? PRE + token + POST : token);
            end = matcher.end();
        }
        return marked.append(text.substring(end)).toString();
    }

    boolean marks(String text) {
        return !mark(text).equals(text);
    }

    private boolean nearQuery(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        for (String query : queryWords) {
            if (query.charAt(0) == lower.charAt(0) && !query.equals(lower)
                    && distance(query, lower, query.length() <= 5 ? 1 : 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the optimal-string-alignment distance of a and b is at most {@code max} (1 or 2). */
    static boolean distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= max;
    }
}
