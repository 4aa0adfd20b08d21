package de.servicecenter.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results, with highlights and facets — paged like every list of the platform ({@code items},
 * {@code page}, {@code size}, {@code totalItems}, {@code totalPages}), plus what only a search has.
 */
@Schema(name = "SearchResults", description = "One page of search results, best first")
public record SearchResults(
        @Schema(nullable = true, description = "Identifies this search when reporting the article opened from it; "
                + "null on later pages and in public answers (which are cacheable)",
                example = "5d2f8a61-3c9e-4b07-8e14-6a0b2c4d8f35")
        UUID searchId,
        @Schema(description = "The query as asked", example = "Angelschein verlängern") String query,
        @Schema(example = "castrop-rauxel", description = "The caller's town the results are scoped to") String town,
        @Schema(description = "The hits of this page, best first") List<Hit> items,
        @Schema(example = "0") int page,
        @Schema(example = "10") int size,
        @Schema(description = "Hits on all pages", example = "3") long totalItems,
        @Schema(description = "Number of pages (no further than the first 10,000 hits)", example = "1") int totalPages,
        @Schema(description = "Number of hits per service area over the whole scope, for narrowing down: the area "
                + "the hits are narrowed to is marked selected, the others keep their counts")
        List<Facet> serviceAreas) {

    static SearchResults of(String query, String town, List<Hit> items, int page, int size, long totalItems,
                            List<Facet> serviceAreas) {
        long reachable = Math.min(totalItems, SearchPage.REACHABLE_HITS);
        int totalPages = (int) ((reachable + size - 1) / size);
        return new SearchResults(null, query, town, items, page, size, totalItems, totalPages, serviceAreas);
    }

    SearchResults withSearchId(UUID id) {
        return new SearchResults(id, query, town, items, page, size, totalItems, totalPages, serviceAreas);
    }

    @Schema(name = "SearchHit", description = "An article found, with the passages that matched")
    public record Hit(
            @Schema(description = "The article's id", example = "8c4e2a10-6b7d-4e93-b2f1-5a0c9d3e7b64") UUID id,
            @Schema(description = "Its title", example = "Fischereischein beantragen") String title,
            @Schema(nullable = true, description = "Its short text", example = "Wer angeln will, braucht einen "
                    + "Fischereischein.")
            String teaser,
            @Schema(description = "SHARED (the host's) or LOCAL (the town's own)", example = "LOCAL") String scope,
            @Schema(description = "The town that owns it", example = "castrop-rauxel") String owner,
            @Schema(example = "ordnungswesen") String serviceArea,
            @Schema(description = "PUBLIC or INTERNAL", example = "PUBLIC") String audience,
            @Schema(description = "Relevance as Elasticsearch scored it; only comparable within one search",
                    example = "7.31")
            double score,
            @Schema(description = "Matching passages per field, matches wrapped in <em>",
                    example = "{\"title\": [\"<em>Fischereischein</em> beantragen\"]}")
            Map<String, List<String>> highlights) {
    }

    @Schema(name = "Facet", description = "How many hits one value has")
    public record Facet(@Schema(description = "The value (a service area code)", example = "ordnungswesen") String value,
                        @Schema(description = "Hits with it", example = "3") long count,
                        @Schema(description = "Whether the hits are narrowed to this value", example = "false")
                        boolean selected) {
    }
}
