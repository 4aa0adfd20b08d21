package de.servicecenter.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results, with highlights and facets. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(description = "Identifies this search when reporting the article opened from it") UUID searchId,
        @Schema(example = "Angelschein verlängern") String query,
        @Schema(example = "castrop-rauxel", description = "The caller's town the results are scoped to") String town,
        @Schema(example = "3") long total,
        @Schema(example = "0") int page,
        @Schema(example = "10") int size,
        List<Hit> hits,
        @Schema(description = "Number of hits per service area, for narrowing down") List<Facet> serviceAreas) {

    SearchResults withSearchId(UUID id) {
        return new SearchResults(id, query, town, total, page, size, hits, serviceAreas);
    }

    @Schema(name = "SearchHit")
    public record Hit(
            UUID id,
            @Schema(example = "Fischereischein beantragen") String title,
            String teaser,
            @Schema(example = "LOCAL") String scope,
            @Schema(example = "castrop-rauxel") String owner,
            @Schema(example = "ordnungswesen") String serviceArea,
            @Schema(example = "PUBLIC") String audience,
            double score,
            @Schema(description = "Matching passages per field, matches wrapped in <em>",
                    example = "{\"title\": [\"<em>Fischereischein</em> beantragen\"]}")
            Map<String, List<String>> highlights) {
    }

    @Schema(name = "Facet")
    public record Facet(@Schema(example = "ordnungswesen") String value, @Schema(example = "3") long count) {
    }
}
