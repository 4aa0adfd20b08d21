package de.servicecenter.contact.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Contacts per half-hour for the days after a history, as a service center plans them: a level per weekday (the
 * recent same weekdays), its profile over the day (the morning peak, the lunch dip, a Dienstleistungsabend on
 * Thursdays), a damped trend, nothing on the days the center is closed (weekends, the state's holidays, closures),
 * and more on the day after a closure, by as much more as the history showed.
 *
 * <p>Days that would bias the weekday's level — closed days, and the days after a closure with their catch-up
 * calls — are left out of level and profile; each estimate reaches back past them to as many normal days as it
 * needs.
 */
public final class ContactForecast {

    /** Same weekdays averaged for the level: enough to quiet the noise of a few calls per half-hour. */
    static final int LEVEL_DAYS = 8;
    /** Same weekdays pooled for the profile over the day, which changes more slowly than the level. */
    static final int PROFILE_DAYS = 12;
    /** Weeks over which a trend is measured; shorter histories are taken as flat. */
    static final int TREND_WEEKS = 12;
    /** Half of a measured trend is believed, and never more than 3 % a week: trends of a few weeks rarely last. */
    static final double TREND_BELIEF = 0.5;
    static final double LARGEST_WEEKLY_TREND = 0.03;
    /** Days after a closure seen as if two more had shown no catch-up: one busy Tuesday is no rule. */
    static final double CATCH_UP_PRIOR_DAYS = 2;
    /** How far back estimates look for normal days. */
    private static final int SEARCH_WEEKS = 26;

    private final ContactHistory history;
    private final Predicate<LocalDate> open;
    private final Map<DayOfWeek, Double> level = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, Double> levelAgeWeeks = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, double[]> profile = new EnumMap<>(DayOfWeek.class);
    private final double weeklyTrend;
    private final double catchUp;

    /**
     * @param history what was counted
     * @param open    whether the center takes contacts on a day (its opening hours with holidays and closures)
     */
    public ContactForecast(ContactHistory history, Predicate<LocalDate> open) {
        this.history = history;
        this.open = open;
        for (DayOfWeek weekday : DayOfWeek.values()) {
            // the latest normal days: the level takes the most recent of them, the profile all
            List<LocalDate> profileDays = normalDays(weekday, Math.max(LEVEL_DAYS, PROFILE_DAYS));
            List<LocalDate> recent = profileDays.subList(0, Math.min(LEVEL_DAYS, profileDays.size()));
            double sum = 0;
            double age = 0;
            for (LocalDate day : recent) {
                sum += history.total(day);
                age += ChronoUnit.DAYS.between(day, history.until()) / 7.0;
            }
            level.put(weekday, recent.isEmpty() ? 0 : sum / recent.size());
            levelAgeWeeks.put(weekday, recent.isEmpty() ? 0 : age / recent.size());
            profile.put(weekday, profile(profileDays.subList(0, Math.min(PROFILE_DAYS, profileDays.size()))));
        }
        this.weeklyTrend = measureTrend();
        this.catchUp = measureCatchUp();
    }

    /** The expected contacts per half-hour of {@code day}, a day after the history. */
    public double[] halfHours(LocalDate day) {
        if (history.covers(day)) {
            throw new IllegalArgumentException(day + " lies within the history; a forecast begins on "
                    + history.until());
        }
        double[] expected = new double[ContactHistory.HALF_HOURS];
        if (!open.test(day)) {
            return expected;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        double weeksAhead = ChronoUnit.DAYS.between(history.until(), day) / 7.0 + levelAgeWeeks.get(weekday);
        double total = level.get(weekday) * Math.pow(1 + weeklyTrend, weeksAhead)
                * (afterClosure(day) ? catchUp : 1);
        double[] shares = profile.get(weekday);
        for (int i = 0; i < expected.length; i++) {
            expected[i] = total * shares[i];
        }
        return expected;
    }

    /** The expected contacts of {@code day}. */
    public double total(LocalDate day) {
        return ContactHistory.sum(halfHours(day));
    }

    /** The trend believed, as a share per week (0.01: 1 % more each week). */
    public double weeklyTrend() {
        return weeklyTrend;
    }

    /** How many times a normal day's contacts the day after a closure brings. */
    public double catchUpFactor() {
        return catchUp;
    }

    /**
     * Each normal day of the last weeks against its weekday's mean over them, fitted by a line over time: its slope
     * is the relative change per week. Measured on days rather than weekly sums, so that a week with a holiday
     * counts as what it is.
     */
    private double measureTrend() {
        LocalDate start = history.until().minusWeeks(TREND_WEEKS);
        if (start.isBefore(history.from())) {
            return 0;
        }
        Map<DayOfWeek, List<LocalDate>> days = new EnumMap<>(DayOfWeek.class);
        for (LocalDate day = start; day.isBefore(history.until()); day = day.plusDays(1)) {
            if (normal(day)) {
                days.computeIfAbsent(day.getDayOfWeek(), w -> new ArrayList<>()).add(day);
            }
        }
        double n = 0, sumT = 0, sumR = 0, sumTT = 0, sumTR = 0;
        for (List<LocalDate> sameWeekday : days.values()) {
            double mean = sameWeekday.stream().mapToDouble(history::total).average().orElse(0);
            if (mean == 0) {
                continue;
            }
            for (LocalDate day : sameWeekday) {
                double t = -ChronoUnit.DAYS.between(day, history.until()) / 7.0;
                double r = history.total(day) / mean;
                n++;
                sumT += t;
                sumR += r;
                sumTT += t * t;
                sumTR += t * r;
            }
        }
        double spread = n * sumTT - sumT * sumT;
        if (n < 10 || spread == 0) {
            return 0;
        }
        double slope = (n * sumTR - sumT * sumR) / spread;
        return Math.max(-LARGEST_WEEKLY_TREND, Math.min(LARGEST_WEEKLY_TREND, slope * TREND_BELIEF));
    }

    /** The days after a closure in the history against the normal same weekdays around them, shrunk towards 1. */
    private double measureCatchUp() {
        double ratios = 0;
        int seen = 0;
        for (LocalDate day = history.from().plusDays(1); day.isBefore(history.until()); day = day.plusDays(1)) {
            if (!open.test(day) || !afterClosure(day)) {
                continue;
            }
            double sum = 0;
            int normal = 0;
            for (int weeks = -4; weeks <= 4; weeks++) {
                LocalDate other = day.plusWeeks(weeks);
                if (weeks != 0 && history.covers(other) && normal(other)) {
                    sum += history.total(other);
                    normal++;
                }
            }
            if (normal > 0 && sum > 0) {
                ratios += history.total(day) / (sum / normal);
                seen++;
            }
        }
        return (ratios + CATCH_UP_PRIOR_DAYS) / (seen + CATCH_UP_PRIOR_DAYS);
    }

    /** An open day that is not after a closure: what a weekday's level and profile are measured on. */
    private boolean normal(LocalDate day) {
        return open.test(day) && !afterClosure(day);
    }

    /** A day the center is open that follows a closed working day (a holiday, a closure; not a weekend). */
    private boolean afterClosure(LocalDate day) {
        LocalDate before = day.minusDays(1);
        return before.getDayOfWeek().getValue() <= 5 && !open.test(before);
    }

    /** The latest {@code count} open days of {@code weekday} in the history that are not after a closure. */
    private List<LocalDate> normalDays(DayOfWeek weekday, int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = history.until().minusDays(1);
        while (day.getDayOfWeek() != weekday) {
            day = day.minusDays(1);
        }
        for (int week = 0; week < SEARCH_WEEKS && days.size() < count && history.covers(day); week++) {
            if (normal(day)) {
                days.add(day);
            }
            day = day.minusWeeks(1);
        }
        return days;
    }

    private double[] profile(List<LocalDate> days) {
        double[] pooled = new double[ContactHistory.HALF_HOURS];
        double total = 0;
        for (LocalDate day : days) {
            double[] counts = history.halfHours(day);
            for (int i = 0; i < pooled.length; i++) {
                pooled[i] += counts[i];
                total += counts[i];
            }
        }
        if (total > 0) {
            for (int i = 0; i < pooled.length; i++) {
                pooled[i] /= total;
            }
        }
        return pooled;
    }
}
