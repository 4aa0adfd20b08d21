package de.servicecenter.contact.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Contacts counted per half-hour of the local day (Europe/Berlin wall clock: index 0 is 00:00–00:30, 47 is
 * 23:30–24:00) for the days {@code [from, until)}. A day without contacts counts zero; on the night clocks go back,
 * the repeated hour's contacts share its half-hours (nobody calls a town hall at 2 a.m.).
 */
public final class ContactHistory {

    public static final int HALF_HOURS = 48;
    private static final double[] NONE = new double[HALF_HOURS];

    private final LocalDate from;
    private final LocalDate until;
    private final Map<LocalDate, double[]> days;

    private ContactHistory(LocalDate from, LocalDate until, Map<LocalDate, double[]> days) {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a history needs at least one day: " + from + " until " + until);
        }
        this.from = from;
        this.until = until;
        this.days = days;
    }

    /** An empty history of the days {@code [from, until)}, to be filled with {@link #add}. */
    public static ContactHistory between(LocalDate from, LocalDate until) {
        return new ContactHistory(from, until, new HashMap<>());
    }

    /** Counts {@code contacts} more in the given half-hour of {@code day}. */
    public ContactHistory add(LocalDate day, int halfHour, double contacts) {
        if (day.isBefore(from) || !day.isBefore(until)) {
            throw new IllegalArgumentException(day + " lies outside the history " + from + " until " + until);
        }
        days.computeIfAbsent(day, d -> new double[HALF_HOURS])[halfHour] += contacts;
        return this;
    }

    /** The first day observed. */
    public LocalDate from() {
        return from;
    }

    /** The first day not observed: where a forecast begins. */
    public LocalDate until() {
        return until;
    }

    /** Whether {@code day} was observed. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    /** The day's contacts per half-hour; read only. */
    public double[] halfHours(LocalDate day) {
        return days.getOrDefault(day, NONE);
    }

    /** The day's contacts. */
    public double total(LocalDate day) {
        return sum(halfHours(day));
    }

    /** The contacts of a day's half-hours together. */
    static double sum(double[] halfHours) {
        double total = 0;
        for (double contacts : halfHours) {
            total += contacts;
        }
        return total;
    }

    /** The same contacts as known at {@code origin}: the days before it (for backtests). */
    public ContactHistory before(LocalDate origin) {
        if (!origin.isAfter(from) || origin.isAfter(until)) {
            throw new IllegalArgumentException("origin " + origin + " outside " + from + " until " + until);
        }
        Map<LocalDate, double[]> earlier = new HashMap<>();
        days.forEach((day, counts) -> {
            if (day.isBefore(origin)) {
                earlier.put(day, counts);
            }
        });
        return new ContactHistory(from, origin, earlier);
    }
}
