package de.servicecenter.contact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.servicecenter.openinghours.GermanHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The forecast on traffic whose truth is known: Poisson calls around a weekday profile with a Thursday
 * Dienstleistungsabend, North Rhine-Westphalia's holidays, a catch-up on the day after each, and (where said) a trend.
 */
class ContactForecastTest {

    private static final GermanHolidays NRW = GermanHolidays.of("DE-NW");
    /** Mondays to Fridays without NRW's holidays (Fronleichnam, 2026-06-04, among them). */
    private static final Predicate<LocalDate> OPEN = day -> day.getDayOfWeek().getValue() <= 5
            && NRW.holidayName(day).isEmpty();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);

    @Test
    void closedDaysGetNoCallsAndTheDayAfterAHolidayItsCatchUp() {
        ContactHistory history = traffic(FROM, LocalDate.of(2026, 6, 1), 120, 1.4, 0, 7);
        ContactForecast forecast = new ContactForecast(history, OPEN);

        assertThat(forecast.total(LocalDate.of(2026, 6, 4))).as("Fronleichnam").isZero();
        assertThat(forecast.total(LocalDate.of(2026, 6, 6))).as("a Saturday").isZero();
        double normalFriday = forecast.total(LocalDate.of(2026, 6, 12));
        double fridayAfterFronleichnam = forecast.total(LocalDate.of(2026, 6, 5));
        // Neujahr, Karfreitag, Ostermontag, 1 May, Himmelfahrt, Pfingstmontag: six catch-ups at 1.4, shrunk by two
        // pseudo-days at 1.0 towards (6 × 1.4 + 2) / 8 = 1.3
        assertThat(forecast.catchUpFactor()).isCloseTo(1.3, within(0.06));
        // the normal Friday a week later also carries one more week of the (small, measured) trend
        assertThat(fridayAfterFronleichnam / normalFriday * (1 + forecast.weeklyTrend()))
                .isCloseTo(forecast.catchUpFactor(), within(1e-9));
    }

    @Test
    void theProfileKeepsTheMorningPeakAndTheThursdayEvening() {
        ContactHistory history = traffic(FROM, LocalDate.of(2026, 6, 1), 120, 1.0, 0, 11);
        ContactForecast forecast = new ContactForecast(history, OPEN);
        LocalDate thursday = LocalDate.of(2026, 6, 11);
        double[] day = forecast.halfHours(thursday);
        assertThat(forecast.total(thursday)).isCloseTo(120 * 1.15, within(120 * 0.1));
        assertThat(day[19]).as("09:30").isGreaterThan(day[25]).as("12:30");
        assertThat(day[36]).as("18:00 on a Thursday").isGreaterThan(0);
        assertThat(forecast.halfHours(LocalDate.of(2026, 6, 10))[36]).as("18:00 on a Wednesday").isZero();
        assertThat(day[14]).as("07:00").isZero();
    }

    @Test
    void aTrendIsFollowedDamped() {
        ContactHistory growing = traffic(FROM, LocalDate.of(2026, 6, 1), 100, 1.0, 0.02, 13);
        ContactForecast forecast = new ContactForecast(growing, OPEN);
        // 2 % a week measured; half of it believed
        assertThat(forecast.weeklyTrend()).isCloseTo(0.01, within(0.004));
        ContactForecast flat = new ContactForecast(traffic(FROM, LocalDate.of(2026, 6, 1), 100, 1.0, 0, 13), OPEN);
        assertThat(flat.weeklyTrend()).isCloseTo(0, within(0.003));
    }

    @Test
    void aForecastBeginsWhereTheHistoryEnds() {
        ContactForecast forecast = new ContactForecast(traffic(FROM, LocalDate.of(2026, 3, 2), 100, 1.0, 0, 1), OPEN);
        assertThatThrownBy(() -> forecast.halfHours(LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-02");
    }

    @Test
    void theBacktestBeatsBothNaiveForecastsAtEveryHorizon() {
        // a town of Castrop-Rauxel's size: 2,500 calls a month, about 120 a working day, a few per half-hour
        ContactHistory history = traffic(FROM, LocalDate.of(2026, 11, 30), 120, 1.3, 0.003, 4);
        List<ForecastBacktest.Horizon> horizons = ForecastBacktest.run(history, OPEN, 4);
        assertThat(horizons).extracting(ForecastBacktest.Horizon::weeksAhead).containsExactly(1, 2, 3, 4);
        for (ForecastBacktest.Horizon horizon : horizons) {
            assertThat(horizon.origins()).isGreaterThan(20);
            assertThat(horizon.forecastWape()).as("%d weeks ahead", horizon.weeksAhead())
                    .isLessThan(horizon.lastWeekWape()).isLessThan(horizon.fourWeeksWape());
        }
    }

    @Test
    void naiveForecastsOnlyUseWhatWasKnownAtTheOrigin() {
        ContactHistory history = traffic(FROM, LocalDate.of(2026, 6, 1), 100, 1.0, 0, 5);
        LocalDate origin = LocalDate.of(2026, 4, 13);
        LocalDate target = LocalDate.of(2026, 4, 29); // the Wednesday in the third week after the origin
        assertThat(ForecastBacktest.naive(history, origin, target, 1))
                .containsExactly(history.halfHours(LocalDate.of(2026, 4, 8)));
    }

    /**
     * Poisson calls on open days: {@code perDay} a day (Fridays 60 %, Thursdays 115 % with their evening), the day
     * after a closed working day {@code catchUp} times as many, growing {@code weeklyTrend} a week.
     */
    static ContactHistory traffic(LocalDate from, LocalDate until, double perDay, double catchUp, double weeklyTrend,
                                  long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ContactHistory history = ContactHistory.between(from, until);
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (!OPEN.test(day)) {
                continue;
            }
            boolean afterClosure = day.minusDays(1).getDayOfWeek().getValue() <= 5 && !OPEN.test(day.minusDays(1));
            double weeks = ChronoUnit.DAYS.between(from, day) / 7.0;
            double total = perDay * Math.pow(1 + weeklyTrend, weeks) * (afterClosure ? catchUp : 1)
                    * switch (day.getDayOfWeek()) {
                        case FRIDAY -> 0.6;
                        case THURSDAY -> 1.15;
                        default -> 1.0;
                    };
            double[] shares = shares(day.getDayOfWeek());
            for (int i = 0; i < shares.length; i++) {
                int calls = poisson(random, total * shares[i]);
                if (calls > 0) {
                    history.add(day, i, calls);
                }
            }
        }
        return history;
    }

    /** 08:00 to 16:00 (Fridays to 13:00, Thursdays to 19:00), busiest 9 to 11, a dip at lunch. */
    private static double[] shares(DayOfWeek weekday) {
        double[] weights = new double[ContactHistory.HALF_HOURS];
        int close = weekday == DayOfWeek.FRIDAY ? 26 : weekday == DayOfWeek.THURSDAY ? 38 : 32;
        double sum = 0;
        for (int i = 16; i < close; i++) {
            weights[i] = i >= 18 && i < 22 ? 1.6 : i >= 24 && i < 27 ? 0.7 : 1.0;
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
