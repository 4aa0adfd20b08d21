package de.servicecenter.contact.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well {@link ContactForecast} would have predicted the history it has, against two naive forecasts any planner
 * could make by hand: the same weekday of the last week observed, and the mean of the last four. Rolling origin:
 * from every Monday with enough weeks before it, each method forecasts the weeks after it from what was known then,
 * and is compared with what came, half-hour by half-hour.
 *
 * <p>The measure is WAPE, the weighted absolute percentage error: Σ |actual − forecast| / Σ actual over the
 * half-hours — unlike the mean of percentage errors, it is defined for half-hours without calls and weights busy
 * half-hours as the staffing does.
 */
public final class ForecastBacktest {

    /** Weeks of history a forecast is given at the least (the level and the four-week baseline need them). */
    public static final int LEAST_WEEKS = 8;

    private ForecastBacktest() {
    }

    /**
     * One horizon: forecasts made {@code weeksAhead} weeks before the week they predict (1: the week right after
     * the origin).
     */
    @Schema(description = "One horizon of the backtest")
    public record Horizon(
            @Schema(description = "Weeks between the forecast's origin and the week it predicts (1: the next)",
                    example = "1") int weeksAhead,
            @Schema(description = "Origins (Mondays) the history had for this horizon", example = "4") int origins,
            @Schema(description = "Calls in the predicted weeks together", example = "8663") double contacts,
            @Schema(description = "WAPE of the forecast", example = "0.189") double forecastWape,
            @Schema(description = "WAPE of \"same weekday last week\"", example = "0.249") double lastWeekWape,
            @Schema(description = "WAPE of \"mean of the last four same weekdays\"", example = "0.203")
            double fourWeeksWape) {
    }

    /** The backtest for horizons of 1 to {@code weeks} weeks; a horizon without any origin is left out. */
    public static List<Horizon> run(ContactHistory history, Predicate<LocalDate> open, int weeks) {
        // per horizon: contacts, and the absolute errors of forecast, last week and last four weeks
        double[][] sums = new double[weeks][4];
        int[] origins = new int[weeks];
        LocalDate firstOrigin = history.from().plusWeeks(LEAST_WEEKS).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (LocalDate origin = firstOrigin; !origin.plusWeeks(1).isAfter(history.until());
             origin = origin.plusWeeks(1)) {
            // one forecast per origin serves every horizon it reaches
            ContactForecast forecast = new ContactForecast(history.before(origin), open);
            for (int ahead = 1; ahead <= weeks && !origin.plusWeeks(ahead).isAfter(history.until()); ahead++) {
                origins[ahead - 1]++;
                double[] sum = sums[ahead - 1];
                LocalDate weekStart = origin.plusWeeks(ahead - 1);
                for (LocalDate day = weekStart; day.isBefore(weekStart.plusWeeks(1)); day = day.plusDays(1)) {
                    double[] truth = history.halfHours(day);
                    double[] predicted = forecast.halfHours(day);
                    double[] lastWeek = naive(history, origin, day, 1);
                    double[] fourWeeks = naive(history, origin, day, 4);
                    for (int i = 0; i < truth.length; i++) {
                        sum[0] += truth[i];
                        sum[1] += Math.abs(truth[i] - predicted[i]);
                        sum[2] += Math.abs(truth[i] - lastWeek[i]);
                        sum[3] += Math.abs(truth[i] - fourWeeks[i]);
                    }
                }
            }
        }
        List<Horizon> horizons = new ArrayList<>();
        for (int ahead = 1; ahead <= weeks; ahead++) {
            double[] sum = sums[ahead - 1];
            if (origins[ahead - 1] > 0 && sum[0] > 0) {
                horizons.add(new Horizon(ahead, origins[ahead - 1], sum[0], sum[1] / sum[0], sum[2] / sum[0],
                        sum[3] / sum[0]));
            }
        }
        return horizons;
    }

    /**
     * The naive forecast of {@code day} made at {@code origin}: the mean of the last {@code weeks} same weekdays
     * observed before the origin, whatever they were (a holiday among them counts as the zero it was).
     */
    static double[] naive(ContactHistory history, LocalDate origin, LocalDate day, int weeks) {
        long weeksBack = ChronoUnit.DAYS.between(origin, day) / 7 + 1;
        double[] mean = new double[ContactHistory.HALF_HOURS];
        for (int k = 0; k < weeks; k++) {
            double[] counts = history.halfHours(day.minusWeeks(weeksBack + k));
            for (int i = 0; i < mean.length; i++) {
                mean[i] += counts[i] / weeks;
            }
        }
        return mean;
    }
}
