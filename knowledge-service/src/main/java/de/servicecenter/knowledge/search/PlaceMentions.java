package de.servicecenter.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The places a query names besides its question, and the question without them.
 *
 * <p>Agents type the caller's town into the search ("Reisepass Castrop-Rauxel") although the search is scoped to it
 * already. Matched as text, the town's name pulls every local article that carries it in its title above the one
 * asked for; so town names are taken out of the query — the scope is the filter. A town is recognised by its tenant
 * id, written with or without hyphen, umlauts or ae/oe/ue, and without a leading "Stadt"/"Kreis" ("Soest" for
 * stadt-soest and kreis-soest).
 *
 * <p>Callers name their neighbourhood (Stadtteil) rather than their town: "Personalausweis Kirchhellen". Its name is
 * taken out of the text too — as a word to match it would rank every article mentioning Kirchhellen, whatever it is
 * about — and kept as a place to prefer among the articles that answer the rest ({@link RelevanceQuery}). Only the
 * searched town's neighbourhoods are recognised: a name that is also a word elsewhere stays a word there.
 *
 * @param text           what is searched; the query as it was when nothing else would be left
 * @param neighbourhoods the searched town's neighbourhoods the query named, as the town spells them
 */
record PlaceMentions(String text, List<String> neighbourhoods) {

    /** Words of a tenant id that callers leave out. */
    private static final Set<String> OPTIONAL_PREFIXES = Set.of("stadt", "kreis", "gemeinde");

    PlaceMentions {
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /**
     * The places {@code query} names.
     *
     * @param towns          the tenant ids of the network's towns
     * @param neighbourhoods the neighbourhoods of the town searched for
     */
    static PlaceMentions in(String query, Collection<String> towns, Collection<String> neighbourhoods) {
        Words words = new Words(query);
        for (String town : towns) {
            townSpellings(town).forEach(words::remove);
        }
        String withoutTowns = words.rest(query);
        Words rest = new Words(withoutTowns);
        List<String> named = new ArrayList<>();
        for (String neighbourhood : neighbourhoods) {
            boolean found = false;
            for (List<String> spelling : spellings(List.of(neighbourhood.split("[\\s-]+")))) {
                found |= rest.remove(spelling);
            }
            if (found) {
                named.add(neighbourhood);
            }
        }
        String text = rest.rest(withoutTowns);
        return new PlaceMentions(text, text.equals(withoutTowns) ? List.of() : named);
    }

    /** A town id as word sequences: castrop-rauxel → [castrop, rauxel] and [castroprauxel]; stadt-soest → [soest] too. */
    private static List<List<String>> townSpellings(String town) {
        List<String> parts = List.of(town.split("-"));
        List<List<String>> spellings = new ArrayList<>(spellings(parts));
        if (parts.size() > 1 && OPTIONAL_PREFIXES.contains(parts.getFirst())) {
            spellings.addAll(spellings(parts.subList(1, parts.size())));
        }
        return spellings;
    }

    /** A name of several words as typed apart ([castrop, rauxel]) and joined ([castroprauxel]), folded. */
    private static List<List<String>> spellings(List<String> parts) {
        List<String> folded = parts.stream().map(PlaceMentions::fold).toList();
        return folded.size() == 1 ? List.of(folded) : List.of(folded, List.of(String.join("", folded)));
    }

    /**
     * Lower case without umlauts or their ae/oe/ue spelling (ö, oe and o are one letter here: Pöppinghausen,
     * Poeppinghausen and Poppinghausen name one place), ß as ss, nothing but letters and digits.
     */
    private static String fold(String word) {
        return word.toLowerCase(Locale.GERMAN).replace("ß", "ss").replace("ae", "a").replace("oe", "o")
                .replace("ue", "u").replace("ä", "a").replace("ö", "o").replace("ü", "u").replaceAll("[^a-z0-9]", "");
    }

    /**
     * The words of a query — split at spaces, commas and hyphens (Bottrop-Kirchhellen names two places) — each with
     * its folded form, from which names are removed.
     */
    private static final class Words {
        private final List<String> words;
        private final List<String> folded;
        private boolean removed;

        Words(String query) {
            words = new ArrayList<>(Arrays.asList(query.strip().split("[\\s,;-]+")));
            folded = new ArrayList<>(words.stream().map(PlaceMentions::fold).toList());
        }

        /** Removes every occurrence of {@code name}; true if there was one. */
        boolean remove(List<String> name) {
            boolean found = false;
            for (int start = indexOf(name); start >= 0; start = indexOf(name)) {
                for (int i = 0; i < name.size(); i++) {
                    words.remove(start);
                    folded.remove(start);
                }
                found = true;
            }
            removed |= found;
            return found;
        }

        /** The words left; {@code unchanged} when nothing was removed or nothing worth searching is left. */
        String rest(String unchanged) {
            String rest = String.join(" ", words).strip();
            return removed && rest.chars().anyMatch(Character::isLetterOrDigit) ? rest : unchanged.strip();
        }

        private int indexOf(List<String> name) {
            for (int start = 0; start + name.size() <= folded.size(); start++) {
                if (folded.subList(start, start + name.size()).equals(name)) {
                    return start;
                }
            }
            return -1;
        }
    }
}
