package de.servicecenter.openinghours;

import java.time.LocalTime;

/**
 * Opening time on one day, minute precision, half-open: open from {@code opens} up to but not including
 * {@code closes}. Minutes count from local midnight; {@code closes} may be 1440 ("24:00", the end of the day).
 * Intervals never cross midnight: a night shift is two intervals on two days.
 */
public record TimeInterval(int opensMinute, int closesMinute) implements Comparable<TimeInterval> {

    public static final int END_OF_DAY = 24 * 60;

    public TimeInterval {
        if (opensMinute < 0 || closesMinute > END_OF_DAY || opensMinute >= closesMinute) {
            throw new IllegalArgumentException("not an interval within one day: " + opensMinute + "-" + closesMinute);
        }
    }

    /** Parses {@code "08:00"}-style clock times; see {@link ClockTimes}. */
    public static TimeInterval of(String opens, String closes) {
        return new TimeInterval(ClockTimes.parse(opens), ClockTimes.parse(closes));
    }

    public LocalTime opens() {
        return LocalTime.ofSecondOfDay(opensMinute * 60L);
    }

    /** The closing time; {@link LocalTime#MIDNIGHT} stands for 24:00 when the interval runs to the end of the day. */
    public LocalTime closes() {
        return closesMinute == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(closesMinute * 60L);
    }

    public boolean overlaps(TimeInterval other) {
        return opensMinute < other.closesMinute && other.opensMinute < closesMinute;
    }

    @Override
    public int compareTo(TimeInterval other) {
        return opensMinute != other.opensMinute
                ? Integer.compare(opensMinute, other.opensMinute)
                : Integer.compare(closesMinute, other.closesMinute);
    }

    /** {@code 08:00-17:00}, the notation of OpenStreetMap's opening_hours. */
    @Override
    public String toString() {
        return ClockTimes.format(opensMinute) + "-" + ClockTimes.format(closesMinute);
    }
}
