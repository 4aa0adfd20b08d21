package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.DayHours;
import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.TimeInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A yes/no over time — "is the center open", "is it a public holiday there" — precomputed for a window of days as
 * the instants where it changes. Answering is a binary search over epoch seconds: no calendar or time-zone
 * arithmetic per call, which is what keeps a routing decision far below a microsecond. Outside its window the
 * answer comes from the source itself (slower, equally right).
 */
final class Timeline {

    /** Epoch seconds at which the state flips; false before the first. */
    private final long[] changes;
    /** For each change to true, what the interval is called (a holiday's name), else null. */
    private final String[] labels;
    private final long windowStart;
    private final long windowEnd;

    private Timeline(long[] changes, String[] labels, long windowStart, long windowEnd) {
        this.changes = changes;
        this.labels = labels;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    /** When {@code schedule} is open, from the first to the last day given (Berlin days, inclusive). */
    static Timeline open(Schedule schedule, LocalDate firstDay, LocalDate lastDay) {
        Builder builder = new Builder();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            DayHours hours = schedule.day(day);
            for (TimeInterval interval : hours.intervals()) {
                builder.add(BerlinTime.instantOf(day, interval.opensMinute()).getEpochSecond(),
                        BerlinTime.instantOf(day, interval.closesMinute()).getEpochSecond(), null);
            }
        }
        return builder.build(firstDay, lastDay);
    }

    /** The public holidays of {@code calendar}, each a whole Berlin day, labelled with its name. */
    static Timeline holidays(HolidayCalendar calendar, LocalDate firstDay, LocalDate lastDay) {
        Builder builder = new Builder();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Optional<String> name = calendar.holidayName(day);
            if (name.isPresent()) {
                builder.add(BerlinTime.instantOf(day, 0).getEpochSecond(),
                        BerlinTime.instantOf(day.plusDays(1), 0).getEpochSecond(), name.get());
            }
        }
        return builder.build(firstDay, lastDay);
    }

    /** "On" during the given intervals (epoch seconds, start inclusive, end exclusive), for all time. */
    static Timeline always(List<long[]> intervals) {
        Builder builder = new Builder();
        intervals.stream().sorted((a, b) -> Long.compare(a[0], b[0]))
                .forEach(interval -> builder.add(interval[0], interval[1], null));
        return builder.build(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    boolean covers(long epochSecond) {
        return epochSecond >= windowStart && epochSecond < windowEnd;
    }

    boolean isOn(long epochSecond) {
        return (changesUpTo(epochSecond) & 1) == 1;
    }

    /** The label of the "on" interval containing the instant, or null. */
    String labelAt(long epochSecond) {
        int count = changesUpTo(epochSecond);
        return (count & 1) == 1 ? labels[count - 1] : null;
    }

    /** The first change after the instant within the window, or {@code Long.MAX_VALUE}. */
    long nextChangeAfter(long epochSecond) {
        int count = changesUpTo(epochSecond);
        return count < changes.length ? changes[count] : Long.MAX_VALUE;
    }

    /** How many changes happened at or before the instant. */
    private int changesUpTo(long epochSecond) {
        int index = Arrays.binarySearch(changes, epochSecond);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Collects "on" intervals in time order, joining those that touch (open until 24:00, open again at 0:00). */
    private static final class Builder {
        private final List<long[]> intervals = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        void add(long start, long end, String label) {
            if (end <= start) {
                return;
            }
            if (!intervals.isEmpty() && intervals.getLast()[1] >= start) {
                intervals.getLast()[1] = Math.max(intervals.getLast()[1], end);
                return;
            }
            intervals.add(new long[] {start, end});
            names.add(label);
        }

        Timeline build(LocalDate firstDay, LocalDate lastDay) {
            return build(BerlinTime.instantOf(firstDay, 0).getEpochSecond(),
                    BerlinTime.instantOf(lastDay.plusDays(1), 0).getEpochSecond());
        }

        Timeline build(long windowStart, long windowEnd) {
            long[] changes = new long[intervals.size() * 2];
            String[] labels = new String[changes.length];
            for (int i = 0; i < intervals.size(); i++) {
                changes[2 * i] = intervals.get(i)[0];
                changes[2 * i + 1] = intervals.get(i)[1];
                labels[2 * i] = names.get(i);
            }
            return new Timeline(changes, labels, windowStart, windowEnd);
        }
    }
}
