package de.servicecenter.commons.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem's words in German: the title of every kind of problem, and the detail and field messages listed in
 * {@code german.txt} (English text with {@code {}} for variable parts → German text with {@code {1}}, {@code {2}} …).
 * The {@code type}, {@code status}, {@code instance} and field names stay as they are: programs switch on those.
 */
public final class GermanProblemTexts {

    private static final Map<ProblemType, String> TITLES = new EnumMap<>(Map.ofEntries(
            Map.entry(ProblemType.VALIDATION_FAILED, "Ungültige Eingabe"),
            Map.entry(ProblemType.MALFORMED_REQUEST, "Fehlerhafte Anfrage"),
            Map.entry(ProblemType.UNAUTHORIZED, "Anmeldung erforderlich"),
            Map.entry(ProblemType.FORBIDDEN, "Nicht erlaubt"),
            Map.entry(ProblemType.NOT_FOUND, "Nicht gefunden"),
            Map.entry(ProblemType.METHOD_NOT_ALLOWED, "Methode nicht erlaubt"),
            Map.entry(ProblemType.NOT_ACCEPTABLE, "Format nicht lieferbar"),
            Map.entry(ProblemType.CONFLICT, "Konflikt"),
            Map.entry(ProblemType.PRECONDITION_FAILED, "Vorbedingung nicht erfüllt"),
            Map.entry(ProblemType.PRECONDITION_REQUIRED, "Vorbedingung erforderlich"),
            Map.entry(ProblemType.PAYLOAD_TOO_LARGE, "Anfragekörper zu groß"),
            Map.entry(ProblemType.URI_TOO_LONG, "Anfrage-URI zu lang"),
            Map.entry(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Medientyp nicht unterstützt"),
            Map.entry(ProblemType.HEADERS_TOO_LARGE, "Anfrage-Header zu groß"),
            Map.entry(ProblemType.BUSINESS_RULE_VIOLATED, "Anfrage verletzt eine fachliche Regel"),
            Map.entry(ProblemType.INTERNAL_ERROR, "Interner Fehler"),
            Map.entry(ProblemType.DEPENDENCY_UNAVAILABLE, "Vorübergehend nicht verfügbar")));

    /** One line of the catalog: the English text as written (with {@code {}}), as a pattern, and its German. */
    record Entry(String text, Pattern english, String german) {
    }

    private static final List<Entry> CATALOG = load();

    private GermanProblemTexts() {
    }

    /** The problem with its title, detail and field messages in German, where the catalog knows them. */
    public static ProblemDetail of(ProblemDetail problem) {
        String title = ProblemType.of(problem.type()).map(TITLES::get).orElse(problem.title());
        List<FieldError> errors = problem.errors().stream()
                .map(error -> new FieldError(error.field(), text(error.message()))).toList();
        return new ProblemDetail(problem.type(), title, problem.status(), text(problem.detail()), problem.instance(),
                errors);
    }

    /** The catalog in its order, for checking it. */
    static List<Entry> catalog() {
        return CATALOG;
    }

    /** Every kind of problem has a German title. */
    static Optional<String> title(ProblemType type) {
        return Optional.ofNullable(TITLES.get(type));
    }

    /** An English text in German when the catalog knows it, else unchanged. */
    static String text(String english) {
        if (english == null) {
            return null;
        }
        for (Entry entry : CATALOG) {
            Matcher matcher = entry.english().matcher(english);
            if (matcher.matches()) {
                String german = entry.german();
                for (int group = matcher.groupCount(); group >= 1; group--) {
                    german = german.replace("{" + group + "}", matcher.group(group));
                }
                return german;
            }
        }
        return english;
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream stream = GermanProblemTexts.class.getResourceAsStream("german.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] texts = line.split("\t");
                if (texts.length != 2) {
                    throw new IllegalStateException("german.txt: not 'English<TAB>German': " + line);
                }
                entries.add(new Entry(texts[0], pattern(texts[0]), texts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    /** The English text as a pattern: literal, with each {@code {}} a variable part. */
    private static Pattern pattern(String english) {
        StringBuilder regex = new StringBuilder();
        String[] literals = english.split("\\{}", -1);
        for (int i = 0; i < literals.length; i++) {
            if (i > 0) {
                regex.append("(.+?)");
            }
            regex.append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
