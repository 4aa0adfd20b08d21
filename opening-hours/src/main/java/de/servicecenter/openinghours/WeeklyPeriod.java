package de.servicecenter.openinghours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regular weekly hours valid from one date (inclusive) until another (inclusive, or open-ended): "from
 * 1 January 2016 Mon-Wed 08:00-17:00, Thu 08:00-18:00, Fri 08:00-13:00". New hours from a date are a new
 * period.
 */
public final class WeeklyPeriod {

    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final List<List<TimeInterval>> byDay;

    /**
     * @param validUntil last day of validity, or {@code null} when open-ended
     * @param hours      sorted, non-overlapping intervals per day; days without entry are closed
     */
    public WeeklyPeriod(LocalDate validFrom, LocalDate validUntil, Map<DayOfWeek, List<TimeInterval>> hours) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        List<List<TimeInterval>> days = new ArrayList<>(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeInterval> intervals = new ArrayList<>(hours.getOrDefault(day, List.of()));
            intervals.sort(null);
            days.add(List.copyOf(intervals));
        }
        this.byDay = List.copyOf(days);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    public List<TimeInterval> hoursOn(DayOfWeek day) {
        return byDay.get(day.ordinal());
    }

    public Map<DayOfWeek, List<TimeInterval>> hours() {
        Map<DayOfWeek, List<TimeInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!hoursOn(day).isEmpty()) {
                hours.put(day, hoursOn(day));
            }
        }
        return hours;
    }
}
