package de.servicecenter.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Agents type the caller's town into the search ("Reisepass Castrop-Rauxel") although the search is scoped to it
 * already. Matched as text, the town's name pulls every local article that carries it in its title above the one
 * asked for; so town names are taken out of the query — the scope is the filter. A town is recognised by its tenant
 * id, written with or without hyphen, umlauts or ae/oe/ue, and without a leading "Stadt"/"Kreis" ("Soest" for
 * stadt-soest and kreis-soest).
 */
final class TownMentions {

    /** Words of a tenant id that callers leave out. */
    private static final Set<String> OPTIONAL_PREFIXES = Set.of("stadt", "kreis", "gemeinde");

    private TownMentions() {
    }

    /** The query without the towns it names; the query as it is when nothing else would be left. */
    static String without(String query, Collection<String> towns) {
        List<String> words = new ArrayList<>(Arrays.asList(query.strip().split("[\\s,;]+")));
        List<String> folded = new ArrayList<>(words.stream().map(TownMentions::fold).toList());
        boolean removed = false;
        for (String town : towns) {
            for (List<String> name : spellings(town)) {
                for (int start = indexOf(folded, name); start >= 0; start = indexOf(folded, name)) {
                    for (int i = 0; i < name.size(); i++) {
                        words.remove(start);
                        folded.remove(start);
                    }
                    removed = true;
                }
            }
        }
        String rest = String.join(" ", words).strip();
        return removed && rest.chars().anyMatch(Character::isLetterOrDigit) ? rest : query.strip();
    }

    /** A town id as word sequences: castrop-rauxel → [castrop, rauxel] and [castroprauxel]; stadt-soest → [soest] too. */
    private static List<List<String>> spellings(String town) {
        List<String> parts = List.of(town.toLowerCase(Locale.ROOT).split("-"));
        List<List<String>> spellings = new ArrayList<>();
        spellings.add(parts);
        if (parts.size() > 1) {
            spellings.add(List.of(String.join("", parts)));
            if (OPTIONAL_PREFIXES.contains(parts.getFirst())) {
                spellings.add(parts.subList(1, parts.size()));
            }
        }
        return spellings;
    }

    private static int indexOf(List<String> words, List<String> name) {
        for (int start = 0; start + name.size() <= words.size(); start++) {
            if (words.subList(start, start + name.size()).equals(name)) {
                return start;
            }
        }
        return -1;
    }

    /** Lower case, umlauts as ae/oe/ue, ß as ss, hyphens as word breaks handled by the caller's split. */
    private static String fold(String word) {
        return word.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[^a-z0-9]", "");
    }
}
