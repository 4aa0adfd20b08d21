package de.servicecenter.knowledge.learning;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.knowledge.learning.LearningViews.KnowledgeGaps;
import de.servicecenter.knowledge.learning.LearningViews.ReviewItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning organisation", description = "From logged searches (town, query, hits, article opened; no "
        + "personal data) and agents' feedback: knowledge gaps per town and week, review queue of outdated articles")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "404", description = "Not visible to you")
public class LearningResource {

    private final LearningService learning;

    LearningResource(LearningService learning) {
        this.learning = learning;
    }

    @GET
    @Path("knowledge-gaps")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Knowledge gaps of a town in a week", description = "The most frequent searches for the town "
            + "that found nothing or from which no article was opened; for the town's admins and its hosts' admins.")
    @APIResponse(responseCode = "200", description = "The gaps, worst first",
            content = @Content(schema = @Schema(implementation = KnowledgeGaps.class)))
    @APIResponse(responseCode = "400", description = "week is not an ISO week")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "query:town")
    public KnowledgeGaps gaps(@Parameter(required = true, example = "castrop-rauxel") @QueryParam("town") @NotNull String town,
                              @Parameter(description = "ISO week in Europe/Berlin; the current one when omitted",
                                      example = "2026-W47") @QueryParam("week") String week) {
        return learning.gaps(town, Optional.ofNullable(week));
    }

    @GET
    @Path("review-queue")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Articles to review", description = "The owner's articles flagged outdated since their last "
            + "change, most flagged first.")
    @APIResponse(responseCode = "200", description = "The queue")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "query:owner")
    public List<ReviewItem> reviewQueue(
            @Parameter(required = true, description = "The town whose articles to review", example = "bochum")
            @QueryParam("owner") @NotNull String owner) {
        return learning.reviewQueue(owner);
    }
}
