package de.servicecenter.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Town names typed into a query are the scope, not words to match. */
class TownMentionsTest {

    private static final List<String> TOWNS = List.of("bochum", "castrop-rauxel", "stadt-soest", "kreis-soest",
            "luenen");

    @ParameterizedTest(name = "\"{0}\" searches \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Reisepass Castrop-Rauxel | Reisepass",
            "Reisepass in Castrop Rauxel | Reisepass in",
            "castroprauxel sperrmüll | sperrmüll",
            "Hundesteuer Soest | Hundesteuer",
            "Wohngeld Stadt Soest | Wohngeld",
            "Sperrmüll Lünen | Sperrmüll",
            "Bochumer Verein | Bochumer Verein",
            "Castrop-Rauxel | Castrop-Rauxel",
            "Bürgerbüro Bochum Öffnungszeiten | Bürgerbüro Öffnungszeiten"})
    void townNamesLeaveTheQuery(String query, String searched) {
        assertThat(TownMentions.without(query, TOWNS)).isEqualTo(searched);
    }
}
