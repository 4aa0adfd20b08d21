package de.servicecenter.console.desk;

import de.servicecenter.console.platform.KnowledgeApi;
import io.quarkus.qute.RawString;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A knowledge search for the caller's town as the desk shows it: local articles marked, matches highlighted. */
public record SearchView(String query, String areaFilter, String areaFilterName, long total, List<HitView> hits,
                         List<FacetView> facets, UUID searchId) {

    /** One hit; {@code local} when the town itself wrote it (its local specifics). */
    public record HitView(UUID id, String title, RawString teaser, boolean local, String areaName, String link) {
    }

    /** A service area to narrow the search to, with its count. */
    public record FacetView(String area, String name, long count, boolean selected, String link) {
    }

    private static final Pattern MARK = Pattern.compile("</?em>");

    static SearchView of(KnowledgeApi.SearchResults results, String town, String areaFilter,
                         Function<String, String> areaNames, Function<KnowledgeApi.Hit, String> articleLink,
                         Function<String, String> facetLink) {
        List<HitView> hits = results.items().stream()
                .map(hit -> new HitView(hit.id(), hit.title(), teaser(hit),
                        "LOCAL".equals(hit.scope()) && town.equals(hit.owner()), areaNames.apply(hit.serviceArea()),
                        articleLink.apply(hit)))
                .toList();
        List<FacetView> facets = results.serviceAreas() == null ? List.of() : results.serviceAreas().stream()
                .map(facet -> new FacetView(facet.value(), areaNames.apply(facet.value()), facet.count(),
                        facet.value().equals(areaFilter), facetLink.apply(facet.value())))
                .toList();
        return new SearchView(results.query(), areaFilter, areaFilter == null ? null : areaNames.apply(areaFilter),
                results.totalItems(), hits, facets, results.searchId());
    }

    /** The best highlighted passage, else the teaser; only the search engine's {@code <em>} marks survive as markup. */
    private static RawString teaser(KnowledgeApi.Hit hit) {
        Map<String, List<String>> highlights = hit.highlights() == null ? Map.of() : hit.highlights();
        String passage = highlights.entrySet().stream().filter(entry -> !entry.getKey().startsWith("title"))
                .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        if (passage == null) {
            return new RawString(escape(hit.teaser() == null ? "" : hit.teaser()));
        }
        return marked(passage);
    }

    /**
     * Escapes everything, then turns the engine's em marks into {@code <mark>} (shown bold too: not by colour alone);
     * marks never nest, a stray closing one is dropped and one left open is closed.
     */
    static RawString marked(String passage) {
        StringBuilder html = new StringBuilder();
        Matcher mark = MARK.matcher(passage);
        int at = 0;
        boolean open = false;
        while (mark.find()) {
            html.append(escape(passage.substring(at, mark.start())));
            boolean closing = mark.group().startsWith("</");
            if (closing == open) {
                html.append(closing ? "</mark>" : "<mark>");
                open = !closing;
            }
            at = mark.end();
        }
        html.append(escape(passage.substring(at)));
        return new RawString(open ? html + "</mark>" : html.toString());
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
