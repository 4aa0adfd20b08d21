package de.servicecenter.openinghours;

import java.time.LocalDate;
import java.util.List;

/**
 * A one-off deviation from the weekly hours on a day or a range of days, overriding them and any public
 * holiday: closed ("Rathausschließung zwischen den Jahren") when {@code hours} is empty, otherwise open
 * exactly then (a Dienstleistungsabend until 19:30, or opening on a holiday).
 */
public record ScheduleException(LocalDate firstDay, LocalDate lastDay, List<TimeInterval> hours, String reason) {

    public ScheduleException {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay before firstDay");
        }
        hours = hours.stream().sorted().toList();
    }

    public boolean closes() {
        return hours.isEmpty();
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
