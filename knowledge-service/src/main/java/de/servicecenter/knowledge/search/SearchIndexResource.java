package de.servicecenter.knowledge.search;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search-index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search index", description = "Operating the derived search index")
@SecurityRequirement(name = "bearer")
public class SearchIndexResource {

    private final ArticleIndexer indexer;

    SearchIndexResource(ArticleIndexer indexer) {
        this.indexer = indexer;
    }

    @Schema(name = "RebuildResult")
    public record RebuildResult(
            @Schema(description = "Articles indexed", example = "50396") int articles,
            @Schema(example = "31000", description = "The whole rebuild: bulk indexing, merging, switching") long millis,
            @Schema(example = "22000", description = "Bulk indexing alone") long bulkMillis,
            @Schema(example = "2290", description = "Articles per second of bulk indexing") long articlesPerSecond) {
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Rebuild the index from PostgreSQL", description = "Platform admins only. Fills a new index "
            + "from PostgreSQL, then moves the alias to it: searches go on against the old index meanwhile and "
            + "never see a half-built one. Articles changed during the rebuild are sent again afterwards.")
    @APIResponse(responseCode = "200", description = "Rebuilt; the figures of the run")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NONE)
    public RebuildResult rebuild() {
        long started = System.nanoTime();
        int articles = indexer.rebuild();
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        long bulkMillis = Math.max(1, indexer.lastBulkMillis());
        return new RebuildResult(articles, millis, bulkMillis, articles * 1000L / bulkMillis);
    }
}
