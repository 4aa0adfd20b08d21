package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.knowledge.search.SearchScope.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scope's filter fails closed: narrowing to nothing finds nothing. */
class SearchScopeTest {

    private static final SearchScope BOCHUM_FOR_CASTROP_RAUXEL = new SearchScope("castrop-rauxel",
            Optional.of("bochum"), List.of(
                    new Source("bochum", "SHARED", Optional.of(Set.of("buergerbuero", "ordnungswesen"))),
                    new Source("castrop-rauxel", "LOCAL", Optional.of(Set.of("buergerbuero", "ordnungswesen")))),
            false, "bochum");

    @Test
    void anAreaOutsideTheContractNarrowsToAnEmptyScopeThatMatchesNothing() {
        SearchScope narrowed = BOCHUM_FOR_CASTROP_RAUXEL.narrowedTo(Optional.of("standesamt"));

        assertThat(narrowed.isEmpty()).isTrue();
        assertThat(narrowed.hitFilter()).isEqualTo(Map.of("match_none", Map.of()));
        // the facets still count the whole scope
        assertThat(narrowed.filter()).isEqualTo(BOCHUM_FOR_CASTROP_RAUXEL.filter());
    }

    @Test
    void aContractAreaKeepsEachSourceLimitedToIt() {
        SearchScope narrowed = BOCHUM_FOR_CASTROP_RAUXEL.narrowedTo(Optional.of("ordnungswesen"));

        assertThat(narrowed.hitSources()).extracting(Source::areas)
                .containsOnly(Optional.of(Set.of("ordnungswesen")));
        assertThat(narrowed.hitFilter()).containsKey("bool");
        assertThat(narrowed.sources()).isEqualTo(BOCHUM_FOR_CASTROP_RAUXEL.sources());
    }
}
