package de.servicecenter.console.admin.planning;

import static de.servicecenter.console.platform.GermanFormats.number;

import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.GermanFormats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One week of the host's plan held against what happened, a row per day: the agent-hours planned, the calls
 * forecast and offered, the service level the plan predicted, the one its agents give for the calls that came (a
 * wrong forecast or a wrong model?) and the one measured. contact-service answers per half-hour; a day's service level is weighted as contact-service weighs the totals (predicted by forecast calls,
 * the others by offered calls), so that the week's line and the days' lines agree.
 */
public record PlanAndActual(String week, String previousWeek, String nextWeek, List<Day> days, Day total,
                            boolean planned, String csv) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.", Locale.GERMANY);

    public record Day(String label, String agentHours, String forecastCalls, String offeredCalls,
                      String predictedServiceLevel, String expectedForOfferedCalls, String measuredServiceLevel) {
    }

    /** The Monday of the week a day falls in. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static PlanAndActual of(LocalDate monday, ContactApi.PlanVsActual report, String csv) {
        Map<String, List<ContactApi.PlanVsActualInterval>> byDay = new LinkedHashMap<>();
        report.intervals().forEach(interval -> byDay.computeIfAbsent(interval.date(), d -> new ArrayList<>())
                .add(interval));
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, intervals) -> days.add(day(LocalDate.parse(date).format(DAY), intervals)));
        ContactApi.PlanVsActualTotals totals = report.totals();
        Day total = new Day("Woche", hours(report.intervals()), number(totals.forecastCalls(), 0),
                number(totals.offeredCalls(), 0), percent(totals.predictedServiceLevel()),
                percent(weighted(report.intervals(), ContactApi.PlanVsActualInterval::expectedForOfferedCalls,
                        ContactApi.PlanVsActualInterval::offeredCalls)),
                percent(totals.measuredServiceLevel()));
        boolean planned = report.intervals().stream().anyMatch(interval -> interval.plannedAgents() != null);
        return new PlanAndActual(GermanFormats.german(monday) + " – " + GermanFormats.german(monday.plusDays(6)),
                monday.minusWeeks(1).toString(), monday.plusWeeks(1).toString(), days, total, planned, csv);
    }

    private static Day day(String label, List<ContactApi.PlanVsActualInterval> intervals) {
        return new Day(label, hours(intervals),
                number(intervals.stream().mapToDouble(ContactApi.PlanVsActualInterval::forecastCalls).sum(), 0),
                number(intervals.stream().mapToLong(ContactApi.PlanVsActualInterval::offeredCalls).sum(), 0),
                percent(weighted(intervals, ContactApi.PlanVsActualInterval::predictedServiceLevel,
                        ContactApi.PlanVsActualInterval::forecastCalls)),
                percent(weighted(intervals, ContactApi.PlanVsActualInterval::expectedForOfferedCalls,
                        ContactApi.PlanVsActualInterval::offeredCalls)),
                percent(weighted(intervals, ContactApi.PlanVsActualInterval::measuredServiceLevel,
                        ContactApi.PlanVsActualInterval::offeredCalls)));
    }

    /** Agents planned per half-hour, summed as hours; a dash where nothing was planned. */
    private static String hours(List<ContactApi.PlanVsActualInterval> intervals) {
        List<Integer> planned = intervals.stream().map(ContactApi.PlanVsActualInterval::plannedAgents)
                .filter(agents -> agents != null).toList();
        return planned.isEmpty() ? "–" : number(planned.stream().mapToInt(Integer::intValue).sum() / 2.0, 1);
    }

    /** The share over the half-hours that have one, each weighted by its calls; null when none has. */
    static Double weighted(List<ContactApi.PlanVsActualInterval> intervals,
                           Function<ContactApi.PlanVsActualInterval, Double> share,
                           ToDoubleFunction<ContactApi.PlanVsActualInterval> weight) {
        double weights = 0;
        double sum = 0;
        for (ContactApi.PlanVsActualInterval interval : intervals) {
            Double value = share.apply(interval);
            if (value != null) {
                weights += weight.applyAsDouble(interval);
                sum += value * weight.applyAsDouble(interval);
            }
        }
        return weights > 0 ? sum / weights : null;
    }

    private static String percent(Double share) {
        return share == null ? "–" : number(share * 100, 0) + " %";
    }
}
