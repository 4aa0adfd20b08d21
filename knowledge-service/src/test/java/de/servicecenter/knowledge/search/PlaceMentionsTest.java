package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Town names typed into a query are the scope, neighbourhood names a place to prefer; neither is text to match. */
class PlaceMentionsTest {

    private static final List<String> TOWNS = List.of("bochum", "castrop-rauxel", "stadt-soest", "kreis-soest",
            "luenen", "bottrop");
    private static final List<String> BOTTROP = List.of("Kirchhellen", "Grafenwald", "Vonder Ort", "Welheim");
    private static final List<String> CASTROP_RAUXEL = List.of("Habinghorst", "Pöppinghausen");

    @ParameterizedTest(name = "\"{0}\" searches \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Reisepass Castrop-Rauxel | Reisepass",
            "Reisepass in Castrop Rauxel | Reisepass in",
            "castroprauxel sperrmüll | sperrmüll",
            "Hundesteuer Soest | Hundesteuer",
            "Wohngeld Stadt Soest | Wohngeld",
            "Sperrmüll Lünen | Sperrmüll",
            "Sperrmüll Luenen | Sperrmüll",
            "Bochumer Verein | Bochumer Verein",
            "Castrop-Rauxel | Castrop-Rauxel",
            "Bürgerbüro Bochum Öffnungszeiten | Bürgerbüro Öffnungszeiten"})
    void townNamesLeaveTheQuery(String query, String searched) {
        PlaceMentions places = PlaceMentions.in(query, TOWNS, List.of());
        assertThat(places.text()).isEqualTo(searched);
        assertThat(places.neighbourhoods()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" searches \"{1}\" preferring {2}")
    @CsvSource(delimiter = '|', value = {
            "Personalausweis Kirchhellen | Personalausweis | Kirchhellen",
            "personalausweis in kirchhellen | personalausweis in | Kirchhellen",
            "Sperrmüll Bottrop-Kirchhellen | Sperrmüll | Kirchhellen",
            "Sperrmüll Vonder Ort | Sperrmüll | Vonder Ort",
            "Sperrmüll Vonderort | Sperrmüll | Vonder Ort",
            "Ausweis Welheim oder Grafenwald | Ausweis oder | Grafenwald;Welheim"})
    void neighbourhoodsOfTheSearchedTownLeaveTheTextAndArePreferred(String query, String searched, String places) {
        PlaceMentions mentions = PlaceMentions.in(query, TOWNS, BOTTROP);
        assertThat(mentions.text()).isEqualTo(searched);
        assertThat(mentions.neighbourhoods()).containsExactlyInAnyOrder(places.split(";"));
    }

    @Test
    void umlautsAreWrittenEveryWay() {
        for (String query : List.of("Wohngeld Pöppinghausen", "Wohngeld Poeppinghausen", "Wohngeld Poppinghausen")) {
            assertThat(PlaceMentions.in(query, TOWNS, CASTROP_RAUXEL))
                    .isEqualTo(new PlaceMentions("Wohngeld", List.of("Pöppinghausen")));
        }
    }

    @Test
    void anotherTownsNeighbourhoodIsAWordLikeAnyOther() {
        assertThat(PlaceMentions.in("Personalausweis Kirchhellen", TOWNS, CASTROP_RAUXEL))
                .isEqualTo(new PlaceMentions("Personalausweis Kirchhellen", List.of()));
    }

    @Test
    void aQueryOfNothingButPlacesIsSearchedAsTyped() {
        assertThat(PlaceMentions.in("Kirchhellen", TOWNS, BOTTROP))
                .isEqualTo(new PlaceMentions("Kirchhellen", List.of()));
        assertThat(PlaceMentions.in("Bottrop Kirchhellen", TOWNS, BOTTROP))
                .isEqualTo(new PlaceMentions("Kirchhellen", List.of()));
    }
}
