package de.servicecenter.knowledge.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How town halls file citizens' names and streets for responsibilities "Namen A–K": by the initial of the surname
 * as DIN 5007-2 files it — name particles (von, van, de, zu …) are passed over, umlauts and accents count as their
 * base letter ("von Örtel" under O, "Çelik" under C) — and streets as written with or without "Straße"/"Str.".
 */
final class CitizenNames {

    /** Particles filed after the name; longest first, so that "von der" is taken before "von". */
    private static final List<String> PARTICLES = List.of("van der ", "van den ", "von der ", "von dem ", "von und zu ",
            "von ", "van ", "vom ", "zum ", "zur ", "zu ", "de ", "del ", "della ", "di ", "da ", "du ", "le ", "la ",
            "ten ", "ter ", "op ");

    private CitizenNames() {
    }

    /** The filing initial A–Z of a surname, or empty when none can be read. */
    static Optional<Character> initial(String surname) {
        if (surname == null) {
            return Optional.empty();
        }
        String name = surname.strip().toLowerCase(Locale.GERMAN);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String particle : PARTICLES) {
                if (name.startsWith(particle) && name.length() > particle.length()) {
                    name = name.substring(particle.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        String base = withoutMarks(name);
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return Optional.of(Character.toUpperCase(c));
            }
            if (Character.isLetter(c)) {
                return Optional.empty(); // a letter outside A–Z (e.g. another script): no range can hold it
            }
        }
        return Optional.empty();
    }

    /** The words of a query as they are compared: lower case, umlauts and accents as their base letters. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(base(text).split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** Whether every word starts a word of one of the texts ("stand" finds "Standesamt", "geb" "Geburten"). */
    static boolean holdsAll(List<String> words, String... texts) {
        List<String> candidates = Arrays.stream(texts).filter(Objects::nonNull)
                .flatMap(text -> words(text).stream()).toList();
        return words.stream().allMatch(word -> candidates.stream().anyMatch(candidate -> candidate.startsWith(word)));
    }

    private static String base(String text) {
        return withoutMarks(text.toLowerCase(Locale.GERMAN).replace("ß", "ss"));
    }

    /** Umlauts and accents as their base letters: "ö" → "o", "ç" → "c". */
    private static String withoutMarks(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Whether two spellings name the same street: "Widumer Straße", "Widumer Str.", "widumer-strasse". */
    static boolean sameStreet(String a, String b) {
        return street(a).equals(street(b));
    }

    private static String street(String name) {
        String lower = Normalizer.normalize(name.strip().toLowerCase(Locale.GERMAN), Normalizer.Form.NFC)
                .replace("ß", "ss");
        lower = lower.replaceAll("stra?sse\\b|str\\.?$|str\\.(?=\\s)", "str");
        return withoutMarks(lower).replaceAll("[^a-z0-9]", "");
    }
}
