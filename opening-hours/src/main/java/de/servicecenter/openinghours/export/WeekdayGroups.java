package de.servicecenter.openinghours.export;

import de.servicecenter.openinghours.TimeInterval;
import de.servicecenter.openinghours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weekdays of a period that share the same intervals, as both export formats group them. */
record WeekdayGroups(List<DayOfWeek> days, List<TimeInterval> intervals) {

    /** Groups in the order of each group's first weekday; days without hours are left out. */
    static List<WeekdayGroups> of(WeeklyPeriod period) {
        Map<List<TimeInterval>, List<DayOfWeek>> byIntervals = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeInterval> intervals = period.hoursOn(day);
            if (!intervals.isEmpty()) {
                byIntervals.computeIfAbsent(intervals, key -> new ArrayList<>()).add(day);
            }
        }
        return byIntervals.entrySet().stream()
                .map(entry -> new WeekdayGroups(List.copyOf(entry.getValue()), entry.getKey()))
                .toList();
    }
}
