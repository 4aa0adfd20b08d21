package de.servicecenter.openinghours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GermanHolidaysTest {

    /** Easter Sunday by the ecclesiastical tables, independent of the library under test. */
    private static final Map<Integer, LocalDate> EASTER_SUNDAY = Map.of(
            2025, LocalDate.of(2025, 4, 20),
            2026, LocalDate.of(2026, 4, 5),
            2027, LocalDate.of(2027, 3, 28),
            2028, LocalDate.of(2028, 4, 16),
            2029, LocalDate.of(2029, 4, 1),
            2030, LocalDate.of(2030, 4, 21));

    private final GermanHolidays nrw = GermanHolidays.of("DE-NW");

    @ParameterizedTest(name = "NRW {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2030})
    void northRhineWestphaliaHasItsElevenHolidaysByLaw(int year) {
        LocalDate easter = EASTER_SUNDAY.get(year);

        assertThat(nrw.holidays(year)).containsExactly(
                new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), "Neujahr"),
                new PublicHoliday(easter.minusDays(2), "Karfreitag"),
                new PublicHoliday(easter.plusDays(1), "Ostermontag"),
                new PublicHoliday(LocalDate.of(year, Month.MAY, 1), "Tag der Arbeit"),
                new PublicHoliday(easter.plusDays(39), "Christi Himmelfahrt"),
                new PublicHoliday(easter.plusDays(50), "Pfingstmontag"),
                new PublicHoliday(easter.plusDays(60), "Fronleichnam"),
                new PublicHoliday(LocalDate.of(year, Month.OCTOBER, 3), "Tag der Deutschen Einheit"),
                new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), "1. Weihnachtsfeiertag"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), "2. Weihnachtsfeiertag"));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            // Reformationstag: the east since 1990, the north since 2018, everyone in the jubilee year 2017
            "DE-NI, 2026-10-31, true",
            "DE-SH, 2026-10-31, true",
            "DE-SN, 2026-10-31, true",
            "DE-NI, 2017-10-31, true",
            "DE-NW, 2017-10-31, true",
            "DE-NW, 2026-10-31, false",
            "DE-BY, 2026-10-31, false",
            "DE-NI, 2016-10-31, false",
            // Buß- und Bettag: only Saxony keeps it (Wednesday before 23 November)
            "DE-SN, 2026-11-18, true",
            "DE-SN, 2027-11-17, true",
            "DE-BY, 2026-11-18, false",
            "DE-NW, 2026-11-18, false",
            // Mariä Himmelfahrt: statewide in Saarland only (Bavaria: by municipality, see GermanHolidays)
            "DE-SL, 2026-08-15, true",
            "DE-NW, 2026-08-15, false",
            "DE-BY, 2026-08-15, false",
            // Fronleichnam: NRW yes, Berlin no
            "DE-NW, 2026-06-04, true",
            "DE-BE, 2026-06-04, false",
            // state-specific newcomers
            "DE-BE, 2026-03-08, true",
            "DE-MV, 2026-03-08, true",
            "DE-MV, 2022-03-08, false",
            "DE-TH, 2026-09-20, true",
            "DE-BW, 2026-01-06, true",
            "DE-NW, 2026-01-06, false",
            "DE-BE, 2025-05-08, true",
            "DE-BE, 2026-05-08, false"})
    void stateHolidaysFollowTheirLaws(String state, LocalDate date, boolean holiday) {
        assertThat(GermanHolidays.of(state).holidayName(date).isPresent()).isEqualTo(holiday);
    }

    @Test
    void namesAreTheLegalGermanNames() {
        assertThat(GermanHolidays.of("DE-SN").holidayName(LocalDate.of(2026, 11, 18))).contains("Buß- und Bettag");
        assertThat(GermanHolidays.of("DE-BB").holidayName(LocalDate.of(2026, 4, 5))).contains("Ostersonntag");
        assertThat(GermanHolidays.of("DE-TH").holidayName(LocalDate.of(2026, 9, 20))).contains("Weltkindertag");
    }

    @Test
    void everyStateHasItsCalendarAndNoOtherCodeIsAccepted() {
        assertThat(GermanHolidays.STATES).hasSize(16);
        GermanHolidays.STATES.forEach(state ->
                assertThat(GermanHolidays.of(state).holidays(2026)).hasSizeBetween(9, 14));
        for (String wrong : List.of("NW", "DE-XX", "de-nw", "AT-9")) {
            assertThatThrownBy(() -> GermanHolidays.of(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
